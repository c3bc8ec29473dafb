"""Reference solution: standard_error (the estimated standard deviation of the sample mean)."""

import numpy as np


def standard_error(x):
    """s / √n, with s the sample standard deviation (ddof=1); a float."""
    x = np.asarray(x, dtype=float)
    n = x.size
    s = np.std(x, ddof=1)  # divides Σ(xᵢ − x̄)² by n − 1: unbiased for σ²
    return float(s / np.sqrt(n))  # Var x̄ = σ²/n, so sd(x̄) = σ/√n
