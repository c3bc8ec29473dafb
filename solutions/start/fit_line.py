"""Reference solution: fit_line (the least-squares line, from the centred formula)."""

import numpy as np


def fit_line(x, y):
    """The slope and intercept [w, b] of the line that minimises the MSE on (x, y).

    w* = Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)²  and  b* = ȳ − w* x̄: the two equations
    ∂J/∂w = 0 and ∂J/∂b = 0, solved. The line passes through the point of means (x̄, ȳ).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    x_centred = x - x.mean()
    y_centred = y - y.mean()
    w = np.sum(x_centred * y_centred) / np.sum(x_centred**2)
    b = y.mean() - w * x.mean()
    return np.array([w, b])
