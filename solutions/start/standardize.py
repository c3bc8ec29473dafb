"""Reference solution: standardize (column-wise z-scores, constant columns guarded)."""

import numpy as np


def standardize(X):
    """Return Z, shape (n_samples, n_features), with z_ij = (x_ij − μ_j) / σ_j; a constant column gives zeros."""
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)  # μ_j, shape (n_features,): one per column
    std = X.std(axis=0)  # σ_j with ddof=0, the population standard deviation
    safe_std = np.where(std > 0, std, 1.0)  # a constant column: x − μ is already 0, so divide by 1, not 0
    return (X - mean) / safe_std  # (n, d) − (d,): broadcasting repeats μ on every row
