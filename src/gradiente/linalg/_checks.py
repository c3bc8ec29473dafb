"""Input checks for the linear-algebra functions: say what was expected, what was got,
and how to fix it."""

from __future__ import annotations

import numpy as np


def as_float_array(values, name):
    if isinstance(values, (str, bytes)) or values is None:
        raise TypeError(f"{name} must be an array of numbers; got {type(values).__name__}.")
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{name} must be an array of numbers; could not convert it to floats: "
                        f"{error}.") from None
    if not np.isfinite(array).all():
        bad = np.argwhere(~np.isfinite(array))[0]
        where = tuple(int(i) for i in bad)
        raise ValueError(f"{name} must hold finite numbers; got {array[tuple(bad)]} at index "
                         f"{where if len(where) > 1 else where[0]}. Remove or impute the "
                         "missing values first.")
    return array


def as_matrix(values, name="A"):
    array = as_float_array(values, name)
    if array.ndim != 2:
        hint = (f" For a single row use np.atleast_2d({name})." if array.ndim == 1 else "")
        raise ValueError(f"{name} must be a 2-D matrix (n_rows, n_columns); got shape "
                         f"{array.shape}.{hint}")
    if array.size == 0:
        raise ValueError(f"{name} must not be empty; got shape {array.shape}.")
    return array


def as_square_matrix(values, name="A", purpose="this operation"):
    array = as_matrix(values, name)
    rows, columns = array.shape
    if rows != columns:
        raise ValueError(f"{purpose} needs a square matrix (n, n); got {name} with shape "
                         f"{array.shape}. Only square matrices have a determinant, an "
                         "inverse or eigenvalues; for a rectangular system use "
                         "solve(A, b, classify=True) or least squares (np.linalg.lstsq).")
    return array


def as_vector(values, name="x"):
    array = as_float_array(values, name)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a 1-D vector (n,); got shape {array.shape}. "
                         f"Use {name}.ravel() if it is a row or a column.")
    if array.size == 0:
        raise ValueError(f"{name} must not be empty.")
    return array


def as_right_hand_side(b, n_rows):
    array = as_float_array(b, "b")
    if array.ndim not in (1, 2) or array.shape[0] != n_rows:
        raise ValueError(f"b must have {n_rows} rows to match A, shape ({n_rows},) or "
                         f"({n_rows}, k); got shape {array.shape}.")
    return array
