"""Input checks shared by the statistics modules: each error says what was expected,
what was got, and how to fix it."""

from __future__ import annotations

import numbers

import numpy as np


class SampleSizeError(ValueError):
    """A sample is too small for the statistic or test that was asked for."""


def as_numeric_array(values, name):
    """``values`` as a float ndarray, refusing text, None and NaN with a helpful message."""
    if isinstance(values, (str, bytes)) or values is None:
        raise TypeError(f"{name} must be numbers (a list or NumPy array); "
                        f"got {type(values).__name__}.")
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{name} must be numbers (a list or NumPy array); could not convert "
                        f"it to floats: {error}.") from None
    if np.isnan(array).any():
        where = np.argwhere(np.isnan(array))[0]
        position = int(where[0]) if where.size == 1 else tuple(int(i) for i in where)
        raise ValueError(f"{name} contains NaN (first at index {position}); remove the missing "
                         f"values first, e.g. {name}[~np.isnan({name})].")
    return array


def as_sample(data, name="data", min_size=1, purpose=None):
    """A 1-D sample of finite numbers with at least ``min_size`` observations."""
    array = as_numeric_array(data, name)
    if array.ndim != 1:
        if array.ndim == 0:
            raise ValueError(f"{name} must be a 1-D sample (n_samples,); got a single number "
                             f"{float(array)!r}. Pass a list or array of observations.")
        raise ValueError(f"{name} must be a 1-D sample (n_samples,); got shape {array.shape}. "
                         f"Use {name}.ravel() to pool every value, or pass one column.")
    if not np.isfinite(array).all():
        index = int(np.argwhere(~np.isfinite(array))[0][0])
        raise ValueError(f"{name} must be finite; got {array[index]} at index {index}.")
    if array.size < min_size:
        need = purpose or "this computation"
        raise SampleSizeError(f"{need} needs at least {min_size} observations in {name}; "
                              f"got {array.size}. Collect more data.")
    return array


def check_parameter(value, name, *, low=None, high=None, low_open=False, high_open=False,
                    integer=False, hint=""):
    """A finite real (or integer) parameter inside the stated interval, returned as float/int."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value.item()
        else:
            raise TypeError(f"{name} must be a real number; got {value!r} "
                            f"({type(value).__name__}).")
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
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        interval = f"{left}{'-inf' if low is None else low}, {'inf' if high is None else high}{right}"
        raise ValueError(f"{name} must lie in {interval}; got {name} = {value!r}.{hint}")
    return value


def check_probabilities(q, name="q"):
    """Probabilities in [0, 1] (for ``ppf``), as a float array."""
    array = as_numeric_array(q, name)
    bad = (array < 0) | (array > 1)
    if bad.any():
        raise ValueError(f"{name} must hold probabilities in [0, 1]; got "
                         f"{float(array[bad].ravel()[0])!r}. A quantile function takes a probability, "
                         f"not a value of the variable.")
    return array


def as_rng(rng):
    """A ``numpy.random.Generator`` from ``None``, a seed or a Generator (never global state)."""
    if isinstance(rng, np.random.Generator):
        return rng
    if rng is None or isinstance(rng, (numbers.Integral, np.random.SeedSequence)):
        return np.random.default_rng(rng)
    raise TypeError(f"rng must be None, an integer seed or a numpy.random.Generator; got "
                    f"{type(rng).__name__}. Example: rng=np.random.default_rng(0).")


def check_alternative(alternative):
    if alternative not in ("two-sided", "less", "greater"):
        raise ValueError("alternative must be 'two-sided', 'less' or 'greater' (SciPy's "
                         f"names); got {alternative!r}.")
    return alternative


def check_confidence(confidence, name="confidence"):
    return check_parameter(confidence, name, low=0, high=1, low_open=True, high_open=True,
                           hint=" Write 0.95 for a 95% interval.")
