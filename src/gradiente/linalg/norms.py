"""Norms: the size of a vector or a matrix, and the condition number built from them.

A vector norm measures length (``ord=2`` is Pythagoras); a matrix norm measures how much the
matrix can stretch a vector. ``cond(A) = norm(A) * norm(inv(A))`` is how much ``A x = b``
can amplify a relative error in ``b``; for ``p = 2`` it is ``sigma_max / sigma_min``.

Lesson: 1.1 `vectors-dot-product` (norms) and 1.4 `determinants-inverses` (the condition number).
"""

from __future__ import annotations

import math
import warnings

import numpy as np

from gradiente._validation import as_float_array, as_matrix, as_square_matrix

from .decompositions import singular_values
from .elimination import inv
from .errors import SingularMatrixError

__all__ = ["norm", "cond"]


def norm(x, ord=None):
    """Vector or matrix norm, with NumPy's meaning of ``ord``.

    Vectors: ``ord=2`` (default) ``sqrt(sum x_i**2)``, the Euclidean length;
    ``ord=1`` ``sum |x_i|``; ``ord=np.inf`` ``max |x_i|``; ``-np.inf`` ``min |x_i|``;
    ``ord=0`` the number of non-zeros; any other ``p``: ``(sum |x_i|**p)**(1/p)``.

    Matrices: ``None``/``"fro"`` Frobenius ``sqrt(sum a_ij**2)``; ``1`` largest column sum
    of ``|a_ij|``; ``np.inf`` largest row sum; ``2`` largest singular value; ``-1``,
    ``-np.inf``, ``-2`` the smallest of those; ``"nuc"`` the sum of singular values.

    Examples
    --------
    >>> from gradiente.linalg import norm
    >>> norm([3.0, 4.0])
    5.0
    >>> norm([[1.0, -2.0], [3.0, 4.0]], 1)
    6.0
    """
    x = as_float_array(x, "x")
    if x.ndim == 1:
        if ord is None or ord == 2:
            return float(math.sqrt(x @ x))  # Pythagoras in n dimensions
        if ord == np.inf:
            return float(np.abs(x).max())
        if ord == -np.inf:
            return float(np.abs(x).min())
        if ord == 0:
            return float(np.count_nonzero(x))
        if ord == 1:
            return float(np.abs(x).sum())
        if isinstance(ord, str):
            raise ValueError(f"ord={ord!r} is a matrix norm; for a vector use a number (1, 2, np.inf, ...).")
        with np.errstate(divide="ignore"):
            return float(np.sum(np.abs(x) ** ord) ** (1.0 / ord))
    if x.ndim != 2:
        raise ValueError(f"norm takes a vector (n,) or a matrix (m, n); got shape {x.shape}.")
    if ord is None or ord == "fro":
        return float(math.sqrt(np.sum(x * x)))
    if ord in (1, -1):
        column_sums = np.abs(x).sum(axis=0)
        return float(column_sums.max() if ord == 1 else column_sums.min())
    if ord in (np.inf, -np.inf):
        row_sums = np.abs(x).sum(axis=1)
        return float(row_sums.max() if ord == np.inf else row_sums.min())
    if ord in (2, -2, "nuc"):
        sigma = singular_values(x)
        if ord == "nuc":
            return float(sigma.sum())
        return float(sigma.max() if ord == 2 else sigma.min())
    raise ValueError(f"ord={ord!r} is not a matrix norm; use None, 'fro', 'nuc', 1, -1, 2, -2, np.inf or -np.inf.")


def cond(A, p=None):
    """Condition number: how much ``A x = b`` can amplify relative errors in ``b``.

    ``cond(A) = sigma_max / sigma_min`` (``p=None`` or ``2``, from the singular values);
    for ``p`` in ``1, -1, np.inf, -np.inf, "fro"``: ``norm(A, p) * norm(inv(A), p)``, as in
    NumPy. A solve loses about ``log10(cond)`` of its 16 significant digits; a singular
    matrix has ``cond = inf``.

    Examples
    --------
    >>> from gradiente.linalg import cond
    >>> round(cond([[1.0, 0.0], [0.0, 1e-3]]), 6)
    1000.0
    """
    A = as_matrix(A, "A")
    if p in (None, 2, -2):
        sigma = singular_values(A)
        with np.errstate(divide="ignore"):
            ratio = sigma[0] / sigma[-1] if p != -2 else sigma[-1] / sigma[0]
        return float(ratio)
    A = as_square_matrix(A, "A", f"cond with p={p!r}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            inverse = inv(A)
    except SingularMatrixError:
        return math.inf
    return float(norm(A, p) * norm(inverse, p))
