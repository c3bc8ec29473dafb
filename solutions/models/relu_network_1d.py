"""Reference solution: relu_network_1d (one input, k ReLU units, one linear output)."""

import numpy as np


def relu_network_1d(x, w, b, a, c):
    """f(x) = c + Σ_j a_j max(0, w_j x + b_j), evaluated at every point of x (shape (n,)) at once."""
    x = np.asarray(x, dtype=float)
    w, b, a = (np.asarray(v, dtype=float) for v in (w, b, a))
    H = np.maximum(0.0, np.outer(x, w) + b)  # (n, k): unit j evaluated at point i
    return c + H @ a  # (n, k) @ (k,) → (n,)
