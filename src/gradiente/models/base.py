"""The estimator contract every model follows, and the input checks at its boundary.

scikit-learn's conventions, written out so a student can read them in one sitting:

- ``__init__`` only stores hyperparameters (no validation, no learning), so
  ``get_params``/``set_params`` can read and write them by name;
- ``fit(X, y)`` validates, learns and returns ``self``;
- what was learned ends in ``_`` (``coef_``, ``classes_``, ``n_features_in_``);
- randomness comes in through ``random_state``, never from global state.

Lesson: 4.1 "Linear regression" introduces the contract; every model lesson reuses it.
"""

from __future__ import annotations

import inspect
import numbers

import numpy as np

__all__ = [
    "BaseEstimator",
    "ClassifierMixin",
    "RegressorMixin",
    "NotFittedError",
    "ConvergenceWarning",
    "check_array",
    "check_X_y",
    "check_classification_targets",
    "check_is_fitted",
    "check_n_features",
    "check_random_state",
    "check_choice",
    "check_positive",
]


class NotFittedError(ValueError, AttributeError):
    """Raised when a model is used (``predict``, ``score``...) before ``fit``.

    It is both a ``ValueError`` and an ``AttributeError``, as in scikit-learn, so
    code that guards with either keeps working.
    """


class ConvergenceWarning(UserWarning):
    """An iterative solver used its whole budget before meeting its tolerance."""


# ---------------------------------------------------------------------------
# Input checks: each message says what was expected, what was got, and the fix.
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
    try:
        X = np.asarray(X, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"{name} must be numeric (an array of numbers); could not convert it to float: "
            f"{error}. Encode text or categories as numbers first."
        ) from None
    expected_ndim = (1, 2) if allow_1d else (2,)
    if X.ndim not in expected_ndim:
        if X.ndim == 1:
            raise ValueError(
                f"{name} must be 2-D (n_samples, n_features); got shape {X.shape}. "
                f"Use {name}.reshape(-1, 1) for one feature or {name}.reshape(1, -1) for one sample."
            )
        wanted = "1-D or 2-D" if allow_1d else "2-D (n_samples, n_features)"
        raise ValueError(f"{name} must be {wanted}; got {X.ndim}-D with shape {X.shape}.")
    if X.shape[0] == 0 or (X.ndim == 2 and X.shape[1] == 0):
        raise ValueError(
            f"{name} is empty (shape {X.shape}); a model needs at least one sample and one feature."
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
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        raise ValueError(
            f"y must be 1-D (n_samples,); got a column of shape {y.shape}. Use y.ravel()."
        )
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
            f"y must hold at least 2 classes to learn a classifier; got only {classes.tolist()}. "
            "Check the labels, or use stratify=y when splitting so every class is present."
        )
    return classes, y_index.reshape(-1)


def check_is_fitted(estimator, attribute):
    """Raise ``NotFittedError`` if ``estimator`` lacks the learned ``attribute``."""
    if not hasattr(estimator, attribute):
        name = type(estimator).__name__
        raise NotFittedError(
            f"This {name} is not fitted yet; call {name}.fit(X, y) before using it."
        )


def check_n_features(estimator, X):
    """Validate ``X`` at predict time: fitted model, same number of features as in ``fit``."""
    check_is_fitted(estimator, "n_features_in_")
    X = check_array(X)
    if X.shape[1] != estimator.n_features_in_:
        raise ValueError(
            f"X has {X.shape[1]} features, but {type(estimator).__name__} was fitted with "
            f"{estimator.n_features_in_}; pass data with the same columns as in fit."
        )
    return X


def check_random_state(random_state):
    """Turn ``None``, an int or a ``numpy.random.Generator`` into a Generator.

    Examples
    --------
    >>> bool(check_random_state(0).integers(10) == check_random_state(0).integers(10))
    True
    """
    if random_state is None or isinstance(random_state, numbers.Integral):
        return np.random.default_rng(random_state)
    if isinstance(random_state, np.random.Generator):
        return random_state
    raise TypeError(
        "random_state must be None, an int seed or a numpy.random.Generator; "
        f"got {type(random_state).__name__}. Pass an int such as random_state=0 for repeatable results."
    )


def check_choice(name, value, options):
    """Refuse ``value`` unless it is one of ``options`` (kernel, solver, activation...)."""
    if not isinstance(value, str) or value not in options:
        raise ValueError(f"{name} must be one of {sorted(options)}; got {value!r}.")
    return value


def check_positive(name, value, strict=True, integer=False):
    """Refuse a hyperparameter that is not a (strictly) positive number."""
    kind = numbers.Integral if integer else numbers.Real
    if isinstance(value, bool) or not isinstance(value, kind):
        wanted = "an integer" if integer else "a number"
        raise TypeError(f"{name} must be {wanted}; got {value!r} of type {type(value).__name__}.")
    if value < 0 or (strict and value == 0) or not np.isfinite(value):
        bound = "> 0" if strict else ">= 0"
        raise ValueError(f"{name} must be finite and {bound}; got {value!r}.")
    return value


# ---------------------------------------------------------------------------
# The estimator base and the two scores.
# ---------------------------------------------------------------------------


class BaseEstimator:
    """Hyperparameters by name: ``get_params``, ``set_params`` and a readable ``repr``.

    The names are read from ``__init__``'s signature, so a subclass only has to store
    each argument under the same name.
    """

    @classmethod
    def _param_names(cls):
        signature = inspect.signature(cls.__init__)
        return sorted(name for name in signature.parameters if name != "self")

    def get_params(self, deep=True):
        """Return the hyperparameters as a dict ``{name: value}``."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params):
        """Set hyperparameters by name and return ``self``; unknown names raise ``ValueError``."""
        valid = self._param_names()
        for name, value in params.items():
            if name not in valid:
                raise ValueError(
                    f"{name!r} is not a parameter of {type(self).__name__}; valid ones are {valid}."
                )
            setattr(self, name, value)
        return self

    def __repr__(self):
        defaults = inspect.signature(type(self).__init__).parameters
        changed = []
        for name, value in self.get_params().items():
            default = defaults[name].default
            if not (isinstance(value, type(default)) and _same(value, default)):
                changed.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(changed)})"


def _same(a, b):
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


class ClassifierMixin:
    """``score`` is accuracy, the fraction of labels predicted right."""

    _estimator_type = "classifier"

    def score(self, X, y):
        """Mean accuracy of ``predict(X)`` against ``y``."""
        from gradiente.metrics import accuracy

        return accuracy(y, self.predict(X))


class RegressorMixin:
    """``score`` is R², the fraction of the variance of ``y`` the model explains."""

    _estimator_type = "regressor"

    def score(self, X, y):
        """Coefficient of determination R² of ``predict(X)`` against ``y``."""
        from gradiente.metrics import r2

        return r2(y, self.predict(X))
