"""Reference solution: numerical_derivative (central difference)."""

import numpy as np


def numerical_derivative(f, x, h=1e-5):
    """Approximate f'(x) with the central difference of step h.

    The error of the central difference is O(h²): the h² terms of the two Taylor
    expansions f(x ± h) cancel, which the forward difference (error O(h)) cannot do.
    """
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2 * h)
