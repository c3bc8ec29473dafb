"""Reference solution: covariance_matrix (the sample covariance, ddof=1)."""

import numpy as np


def covariance_matrix(X):
    """The (d, d) sample covariance of the columns of X (rows are samples): Xcᵀ Xc / (n − 1)."""
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)  # centre each column: covariance measures spread around the mean
    return Xc.T @ Xc / (n - 1)  # entry (j, k): average product of the deviations of j and k
