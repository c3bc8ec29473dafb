"""Checks at the public boundary of the library, in one place: every module validates here.

Each check returns the value in the form the mathematics needs (a float64 array of the
right shape, a finite number in its interval, a ``numpy.random.Generator``) or raises a
typed error that says what was expected, what was got, and how to fix it.

- data for an estimator: ``check_array``, ``check_X_y``, ``check_classification_targets``;
- fitted state: ``check_is_fitted``, ``check_n_features`` (and ``NotFittedError``);
- matrices and vectors for ``linalg``: ``as_float_array``, ``as_matrix``, ``as_square_matrix``,
  ``as_vector``, ``as_right_hand_side``;
- samples and probabilities for ``stats``: ``as_numeric_array``, ``as_sample``,
  ``check_probabilities``, ``check_alternative``, ``check_confidence``;
- one number check, ``check_parameter`` (hyperparameters and distribution parameters alike),
  and ``check_choice`` for a named option;
- one way to turn a seed into a generator, ``as_generator``.

Lesson: 4.1 `linear-regression` introduces validation at the boundary; every lesson that
calls the library meets these messages.
"""

from __future__ import annotations

import numbers
import warnings

import numpy as np

from gradiente.exceptions import DataConversionWarning, NotFittedError, SampleSizeError, sklearn_twin

__all__ = [
    "NotFittedError",
    "SampleSizeError",
    "check_array",
    "check_X_y",
    "check_classification_targets",
    "check_is_fitted",
    "check_n_features",
    "as_float_array",
    "as_matrix",
    "as_square_matrix",
    "as_vector",
    "as_right_hand_side",
    "as_numeric_array",
    "as_sample",
    "check_probabilities",
    "check_alternative",
    "check_confidence",
    "check_parameter",
    "check_choice",
    "as_generator",
]


# ---------------------------------------------------------------------------
# Numbers in, float64 out: the conversion every array check starts with.
# ---------------------------------------------------------------------------


def _to_float(values, name, expected, fix=""):
    """``values`` as a float64 ndarray, or a ``TypeError`` saying ``name`` must be ``expected``."""
    # NB: np.asarray(None, dtype=float) is nan and np.asarray("1.5", dtype=float) is 1.5;
    # neither is what the caller meant, so both are refused before converting.
    if isinstance(values, (str, bytes)) or values is None:
        raise TypeError(f"{name} must be {expected}; got {type(values).__name__}.{fix}")
    if _is_sparse(values):
        # NB: NumPy would wrap a SciPy sparse matrix in a 0-d object array instead of reading it.
        raise TypeError(
            f"{name} is a sparse matrix ({type(values).__name__}), but Gradiente works on dense arrays only; "
            f"convert it with {name}.toarray() first (fine while it fits in memory)."
        )
    try:
        array = np.asarray(values)
        # NB: a cast of complex numbers to float64 would drop their imaginary parts with only a warning.
        real = array.dtype.kind != "c"
        if real:
            array = array.astype(np.float64, copy=False)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{name} must be {expected}; could not convert it to floats: {error}.{fix}") from None
    if not real:
        raise ValueError(
            f"Complex data not supported: {name} holds complex numbers. Pass the real parts "
            f"({name}.real) or the magnitudes (abs({name})) if that is what you meant."
        )
    return array


def _is_sparse(values):
    """True for a SciPy sparse matrix or array, told apart without importing SciPy."""
    return type(values).__module__.startswith("scipy.sparse")


def _first_position(mask):
    """Index of the first True entry of ``mask``: an int for a 1-D array, else a tuple."""
    where = tuple(int(i) for i in np.argwhere(mask)[0])
    return where[0] if len(where) == 1 else where


# ---------------------------------------------------------------------------
# Data for an estimator: X is (n_samples, n_features), y is (n_samples,).
# ---------------------------------------------------------------------------


def check_array(X, name="X", allow_1d=False):
    """Return ``X`` as a finite float64 array of shape (n_samples, n_features).

    Parameters
    ----------
    X : array-like, shape (n_samples, n_features)
    name : str
        Name used in error messages.
    allow_1d : bool
        Accept a 1-D array (returned unchanged in shape), for targets and scores.

    Returns
    -------
    X : ndarray of float64

    Raises
    ------
    TypeError
        If ``X`` is not numeric.
    ValueError
        If ``X`` has the wrong number of dimensions, is empty, or holds NaN or inf.

    Examples
    --------
    >>> check_array([[1, 2], [3, 4]]).dtype
    dtype('float64')
    """
    X = _to_float(X, name, "numeric (an array of numbers)", fix=" Encode text or categories as numbers first.")
    expected_ndim = (1, 2) if allow_1d else (2,)
    if X.ndim not in expected_ndim:
        if X.ndim == 1:
            raise ValueError(
                f"{name} must be 2-D (n_samples, n_features); got shape {X.shape}. Reshape your data: "
                f"use {name}.reshape(-1, 1) for one feature or {name}.reshape(1, -1) for one sample."
            )
        wanted = "1-D or 2-D" if allow_1d else "2-D (n_samples, n_features)"
        raise ValueError(f"{name} must be {wanted}; got {X.ndim}-D with shape {X.shape}.")
    if X.shape[0] == 0:
        raise ValueError(
            f"{name} is empty (shape {X.shape}): 0 sample(s) while a minimum of 1 is required; "
            "a model needs at least one sample and one feature."
        )
    if X.ndim == 2 and X.shape[1] == 0:
        raise ValueError(
            f"{name} is empty: 0 feature(s) (shape={X.shape}) while a minimum of 1 is required; "
            "a model needs at least one sample and one feature."
        )
    if not np.isfinite(X).all():
        n_nan = int(np.isnan(X).sum())
        n_inf = int(np.isinf(X).sum())
        raise ValueError(
            f"{name} must hold only finite numbers; got {n_nan} NaN and {n_inf} inf values. "
            "Drop those rows or fill them in (for example with the column mean) before fitting."
        )
    return X


def check_X_y(X, y, y_numeric=False):
    """Validate a design matrix and its targets together.

    Parameters
    ----------
    X : array-like, shape (n_samples, n_features)
    y : array-like, shape (n_samples,)
    y_numeric : bool
        If True, ``y`` must be finite numbers (regression); otherwise any labels.

    Returns
    -------
    X : ndarray, shape (n_samples, n_features), float64
    y : ndarray, shape (n_samples,)

    Examples
    --------
    >>> X, y = check_X_y([[0.0], [1.0]], [0, 1])
    >>> X.shape, y.shape
    ((2, 1), (2,))
    """
    X = check_array(X)
    if y is None:
        raise ValueError(
            "fit requires y to be passed, but the target y is None: a supervised model learns from "
            "examples with their answers, so call fit(X, y) with the targets."
        )
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        warnings.warn(
            f"A column-vector y was passed when a 1d array was expected (shape {y.shape}); "
            "it was read as y.ravel(). Pass y with shape (n_samples,) to silence this warning.",
            sklearn_twin(DataConversionWarning),
            stacklevel=3,
        )
        y = y.ravel()
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D (n_samples,); got shape {y.shape}.")
    if y.shape[0] != X.shape[0]:
        raise ValueError(
            f"X and y must have the same number of samples; got X with {X.shape[0]} rows "
            f"and y with {y.shape[0]} entries. Check that they come from the same split."
        )
    if y_numeric:
        y = check_array(y, name="y", allow_1d=True)
    elif y.dtype.kind == "f" and not np.isfinite(y).all():
        raise ValueError("y holds NaN or inf; every sample needs a label. Drop those rows.")
    return X, y


def check_classification_targets(y):
    """Encode class labels as 0..n_classes-1 and refuse a single class.

    Parameters
    ----------
    y : ndarray, shape (n_samples,)

    Returns
    -------
    classes : ndarray, shape (n_classes,)
        The sorted distinct labels.
    y_index : ndarray of int, shape (n_samples,)
        ``classes[y_index] == y``.

    Examples
    --------
    >>> classes, y_index = check_classification_targets(np.array(["b", "a", "b"]))
    >>> classes.tolist(), y_index.tolist()
    (['a', 'b'], [1, 0, 1])
    """
    if y.dtype.kind == "f" and np.any(y != np.round(y)):
        raise ValueError(
            "y looks continuous (it has non-integer values), but this is a classifier; "
            "pass class labels, or use a regressor such as LinearRegression."
        )
    classes, y_index = np.unique(y, return_inverse=True)
    if classes.shape[0] < 2:
        raise ValueError(
            f"y must hold at least 2 classes to learn a classifier; got only {classes.tolist()} (one class). "
            "Check the labels, or use stratify=y when splitting so every class is present."
        )
    return classes, y_index.reshape(-1)


# ---------------------------------------------------------------------------
# Fitted state: learned attributes end in "_" and exist only after fit.
# ---------------------------------------------------------------------------


def check_is_fitted(estimator, attribute):
    """Raise ``NotFittedError`` if ``estimator`` lacks the learned ``attribute``.

    The message shows the call that fixes it: ``fit(X, y)``, or ``fit(X)`` for an
    estimator whose ``fit`` ignores ``y`` (a transformer such as ``PCA``).

    Examples
    --------
    >>> class Model:
    ...     pass
    >>> check_is_fitted(Model(), "coef_")
    Traceback (most recent call last):
    ...
    gradiente.exceptions.NotFittedError: This Model is not fitted yet; call Model.fit(X, y) before using it.
    """
    if not hasattr(estimator, attribute):
        name = type(estimator).__name__
        arguments = "X" if getattr(estimator, "_estimator_type", None) == "transformer" else "X, y"
        raise sklearn_twin(NotFittedError)(
            f"This {name} is not fitted yet; call {name}.fit({arguments}) before using it."
        )


def check_n_features(estimator, X, name="X"):
    """Validate ``X`` at predict time: fitted model, same number of features as in ``fit``."""
    check_is_fitted(estimator, "n_features_in_")
    X = check_array(X, name=name)
    if X.shape[1] != estimator.n_features_in_:
        raise ValueError(
            f"{name} has {X.shape[1]} features, but {type(estimator).__name__} is expecting "
            f"{estimator.n_features_in_} features as input (it was fitted with {estimator.n_features_in_}); "
            "pass data with the same columns as in fit."
        )
    return X


# ---------------------------------------------------------------------------
# Matrices and vectors (linalg): finite entries, the shape the algorithm needs.
# ---------------------------------------------------------------------------


def as_float_array(values, name):
    """``values`` as a float64 ndarray of finite numbers, any shape."""
    array = _to_float(values, name, "an array of numbers")
    if not np.isfinite(array).all():
        bad = ~np.isfinite(array)
        raise ValueError(
            f"{name} must hold finite numbers; got {array[bad].flat[0]} at index "
            f"{_first_position(bad)}. Remove or impute the missing values first."
        )
    return array


def as_matrix(values, name="A"):
    """A non-empty finite 2-D array (n_rows, n_columns)."""
    array = as_float_array(values, name)
    if array.ndim != 2:
        hint = f" For a single row use np.atleast_2d({name})." if array.ndim == 1 else ""
        raise ValueError(f"{name} must be a 2-D matrix (n_rows, n_columns); got shape {array.shape}.{hint}")
    if array.size == 0:
        raise ValueError(f"{name} must not be empty; got shape {array.shape}.")
    return array


def as_square_matrix(values, name="A", purpose="this operation"):
    """A finite (n, n) matrix; ``purpose`` names the operation in the error message."""
    array = as_matrix(values, name)
    rows, columns = array.shape
    if rows != columns:
        raise ValueError(
            f"{purpose} needs a square matrix (n, n); got {name} with shape "
            f"{array.shape}. Only square matrices have a determinant, an "
            "inverse or eigenvalues; for a rectangular system use "
            "solve(A, b, classify=True) or least squares (np.linalg.lstsq)."
        )
    return array


def as_vector(values, name="x"):
    """A non-empty finite 1-D array (n,)."""
    array = as_float_array(values, name)
    if array.ndim != 1:
        raise ValueError(
            f"{name} must be a 1-D vector (n,); got shape {array.shape}. Use {name}.ravel() if it is a row or a column."
        )
    if array.size == 0:
        raise ValueError(f"{name} must not be empty.")
    return array


def as_right_hand_side(b, n_rows):
    """``b`` of ``A x = b``: shape (n_rows,) or (n_rows, k), finite."""
    array = as_float_array(b, "b")
    if array.ndim not in (1, 2) or array.shape[0] != n_rows:
        raise ValueError(
            f"b must have {n_rows} rows to match A, shape ({n_rows},) or ({n_rows}, k); got shape {array.shape}."
        )
    return array


# ---------------------------------------------------------------------------
# Samples and probabilities (stats): inf is a value of a variable, NaN is missing data.
# ---------------------------------------------------------------------------


def as_numeric_array(values, name):
    """``values`` as a float ndarray, refusing text, None and NaN with a helpful message."""
    array = _to_float(values, name, "numbers (a list or NumPy array)")
    if np.isnan(array).any():
        raise ValueError(
            f"{name} contains NaN (first at index "
            f"{_first_position(np.isnan(array))}); remove the missing "
            f"values first, e.g. {name}[~np.isnan({name})]."
        )
    return array


def as_sample(data, name="data", min_size=1, purpose=None):
    """A 1-D sample of finite numbers with at least ``min_size`` observations."""
    array = as_numeric_array(data, name)
    if array.ndim != 1:
        if array.ndim == 0:
            raise ValueError(
                f"{name} must be a 1-D sample (n_samples,); got a single number "
                f"{float(array)!r}. Pass a list or array of observations."
            )
        raise ValueError(
            f"{name} must be a 1-D sample (n_samples,); got shape {array.shape}. "
            f"Use {name}.ravel() to pool every value, or pass one column."
        )
    if not np.isfinite(array).all():
        index = _first_position(~np.isfinite(array))
        raise ValueError(f"{name} must be finite; got {array[index]} at index {index}.")
    if array.size < min_size:
        need = purpose or "this computation"
        raise SampleSizeError(
            f"{need} needs at least {min_size} observations in {name}; got {array.size}. Collect more data."
        )
    return array


def check_probabilities(q, name="q"):
    """Probabilities in [0, 1] (for ``ppf``), as a float array."""
    array = as_numeric_array(q, name)
    bad = (array < 0) | (array > 1)
    if bad.any():
        raise ValueError(
            f"{name} must hold probabilities in [0, 1]; got "
            f"{float(array[bad].ravel()[0])!r}. A quantile function takes a probability, "
            f"not a value of the variable."
        )
    return array


def check_alternative(alternative):
    """The alternative hypothesis of a test, by SciPy's names."""
    if alternative not in ("two-sided", "less", "greater"):
        raise ValueError(f"alternative must be 'two-sided', 'less' or 'greater' (SciPy's names); got {alternative!r}.")
    return alternative


def check_confidence(confidence, name="confidence"):
    """A confidence level strictly between 0 and 1."""
    return check_parameter(
        confidence, name, low=0, high=1, low_open=True, high_open=True, hint=" Write 0.95 for a 95% interval."
    )


# ---------------------------------------------------------------------------
# Numbers and named options: hyperparameters and the parameters of a distribution.
# ---------------------------------------------------------------------------


def check_parameter(value, name, *, low=None, high=None, low_open=False, high_open=False, integer=False, hint=""):
    """A finite real (or whole) number inside the stated interval, returned as float (or int).

    ``low``/``high`` bound the interval (``None``: unbounded on that side) and
    ``low_open``/``high_open`` leave the bound out. ``integer=True`` asks for a whole
    number (``3`` or ``3.0``) and returns it as an ``int``. ``hint`` is added to the
    message when the value lies outside the interval.

    Examples
    --------
    >>> check_parameter(0.5, "p", low=0, high=1)
    0.5
    >>> check_parameter(0, "epochs", low=1, integer=True)
    Traceback (most recent call last):
    ...
    ValueError: epochs must lie in [1, inf); got epochs = 0.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value.item()
        else:
            raise TypeError(f"{name} must be a real number; got {value!r} ({type(value).__name__}).")
    if integer:
        if not np.isfinite(value) or float(value) != int(value):
            raise ValueError(f"{name} must be a whole number; got {value!r}.")
        value = int(value)
    elif not np.isfinite(value):
        raise ValueError(f"{name} must be a finite number; got {value!r}.")
    else:
        value = float(value)
    too_low = low is not None and (value <= low if low_open else value < low)
    too_high = high is not None and (value >= high if high_open else value > high)
    if too_low or too_high:
        # NB: an infinite end is always open, since infinite values were refused above.
        left = "(" if low_open or low is None else "["
        right = ")" if high_open or high is None else "]"
        interval = f"{left}{'-inf' if low is None else low}, {'inf' if high is None else high}{right}"
        raise ValueError(f"{name} must lie in {interval}; got {name} = {value!r}.{hint}")
    return value


def check_choice(name, value, options):
    """Refuse ``value`` unless it is one of ``options`` (kernel, solver, activation...)."""
    if not isinstance(value, str) or value not in options:
        raise ValueError(f"{name} must be one of {sorted(options)}; got {value!r}.")
    return value


# ---------------------------------------------------------------------------
# Randomness: a seed in, a Generator out; global random state is never touched.
# ---------------------------------------------------------------------------


def as_generator(seed, name="rng"):
    """Turn ``None``, an integer seed, a ``SeedSequence`` or a ``Generator`` into a Generator.

    A Generator is returned as it is, so a caller that passes one shares its stream;
    ``None`` draws fresh entropy from the operating system. ``name`` is the argument's
    name in the message (``rng`` in functions, ``random_state`` in estimators).

    Examples
    --------
    >>> bool(as_generator(0).integers(10) == as_generator(0).integers(10))
    True
    >>> as_generator("seed", name="random_state")
    Traceback (most recent call last):
    ...
    TypeError: random_state must be None, an integer seed or a numpy.random.Generator; got str. Pass an integer such as random_state=0 for repeatable results.
    """
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None or isinstance(seed, (numbers.Integral, np.random.SeedSequence)):
        return np.random.default_rng(seed)
    raise TypeError(
        f"{name} must be None, an integer seed or a numpy.random.Generator; got "
        f"{type(seed).__name__}. Pass an integer such as {name}=0 for repeatable results."
    )
