"""Reference solution: tangent_line (the tangent at x₀ from a central difference)."""

import numpy as np


def tangent_line(f, x0, h=1e-5):
    """[slope, intercept] of the tangent y = f(x₀) + f′(x₀)(x − x₀), as an array of shape (2,)."""
    slope = (f(x0 + h) - f(x0 - h)) / (2 * h)  # central difference: error O(h²)
    intercept = f(x0) - slope * x0  # y = slope·x + (f(x₀) − slope·x₀)
    return np.array([slope, intercept], dtype=float)
