"""Reference solution: jacobian (numerical, central differences, numerator layout)."""

import numpy as np


def jacobian(f, x, h=1e-5):
    """The Jacobian of f: Rⁿ → Rᵐ at x, shape (m, n): row i is ∇fᵢ, column j is ∂f/∂xⱼ."""
    x = np.asarray(x, dtype=float)  # an integer x would make the step below integer too
    columns = []
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h  # move input j only
        columns.append((np.atleast_1d(f(x + step)) - np.atleast_1d(f(x - step))) / (2 * h))
    return np.column_stack(columns)  # one column per input: shape (m, n)
