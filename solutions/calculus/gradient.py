"""Reference solution: gradient (numerical, central differences)."""

import numpy as np


def gradient(f, x, h=1e-5):
    """Approximate the gradient ∇f(x) by central differences, one coordinate at a time."""
    x = np.asarray(x, dtype=float)  # an integer x would make every array below integer too
    grad = np.zeros_like(x)
    for i in range(x.size):
        step = np.zeros_like(x)
        step.flat[i] = h  # move along coordinate i only: that is what "partial" means
        grad.flat[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
