"""What ``gradiente.optim`` refuses: bad hyperparameters, and runs whose numbers stopped being finite.

Each message says what was expected, what was got and how to fix it. The number checks are
optim's own until their messages are carried over to :mod:`gradiente._validation`.
"""

from __future__ import annotations

import math
import numbers

__all__ = ["DivergenceError", "check_lr", "check_fraction", "check_tol", "check_max_iter", "check_positive_int"]


class DivergenceError(FloatingPointError):
    """The iterates, the loss or the gradient became NaN or infinite."""


def check_lr(lr, name: str = "lr") -> float:
    if isinstance(lr, bool) or not isinstance(lr, numbers.Real) or not math.isfinite(lr) or lr <= 0:
        raise ValueError(f"{name} must be a positive finite number; got {lr!r}. Typical values: 1e-3 to 0.1.")
    return float(lr)


def check_fraction(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 <= value < 1:
        raise ValueError(f"{name} must be a number in [0, 1); got {value!r}.")
    return float(value)


def check_tol(tol) -> float:
    if isinstance(tol, bool) or not isinstance(tol, numbers.Real) or not tol >= 0:
        raise ValueError(f"tol must be a non-negative number; got {tol!r}.")
    return float(tol)


def check_max_iter(max_iter) -> int:
    if isinstance(max_iter, bool) or not isinstance(max_iter, numbers.Integral) or max_iter < 0:
        raise ValueError(f"max_iter must be a non-negative integer; got {max_iter!r}.")
    return int(max_iter)


def check_positive_int(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise ValueError(f"{name} must be a positive integer; got {value!r}.")
    return int(value)
