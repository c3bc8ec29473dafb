"""Reference solution: explained_variance_ratio (the share of the total variance along each component)."""

import numpy as np


def explained_variance_ratio(X):
    """λᵢ / Σⱼ λⱼ for the d principal components of X, in decreasing order: a (d,) array that sums to 1."""
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    S = np.linalg.svd(Xc, compute_uv=False)  # σ descending; λᵢ = σᵢ² / (n − 1)
    variances = np.zeros(X.shape[1])
    variances[: S.size] = S**2  # with fewer samples than features, the remaining λ are 0
    return variances / variances.sum()  # the (n − 1) cancels in the ratio
