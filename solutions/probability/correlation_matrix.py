"""Reference solution: correlation_matrix (Pearson's, from the centred columns)."""

import numpy as np


def correlation_matrix(X):
    """The (d, d) matrix of correlations between the columns of X (rows are samples)."""
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)  # each column minus its mean
    covariance = centred.T @ centred / (len(X) - 1)  # Σ = X_cᵀ X_c / (n − 1)
    std = np.sqrt(np.diag(covariance))  # σ_j, with the same n − 1: it cancels in ρ
    return covariance / np.outer(std, std)  # ρ_jk = Σ_jk / (σ_j σ_k)
