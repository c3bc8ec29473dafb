"""Reference solution: exponential_from_uniform (the inverse-CDF method for Exponential(λ))."""

import numpy as np


def exponential_from_uniform(u, lam):
    """x = F⁻¹(u) = −ln(1 − u)/λ for each u in [0, 1): an array of u's shape."""
    u = np.asarray(u, dtype=float)
    return -np.log1p(-u) / lam  # F(x) = 1 − e^(−λx) solved for x; log1p(−u) is ln(1 − u), exact near u = 0
