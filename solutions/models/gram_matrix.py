"""Reference solution: gram_matrix."""

import numpy as np


def gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0):
    """K[i, j] = k(X[i], Z[j]) for the linear, polynomial or RBF kernel; shape (len(X), len(Z))."""
    X = np.asarray(X, dtype=float)
    Z = np.asarray(Z, dtype=float)
    inner = X @ Z.T  # inner[i, j] = x_i^T z_j
    if kernel == "linear":
        return inner
    if kernel == "poly":
        return (gamma * inner + coef0) ** degree  # (γ xᵀz + c)^d
    if kernel == "rbf":
        # ‖x − z‖² = ‖x‖² + ‖z‖² − 2 xᵀz, clipped at 0 against rounding
        squared = (X**2).sum(axis=1)[:, None] + (Z**2).sum(axis=1)[None, :] - 2.0 * inner
        return np.exp(-gamma * np.maximum(squared, 0.0))  # e^(−γ‖x − z‖²)
    raise ValueError(f"kernel must be 'linear', 'poly' or 'rbf'; got {kernel!r}")
