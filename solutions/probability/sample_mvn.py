"""Reference solution: sample_mvn (x = μ + L z, row by row: X = μ + Z Lᵀ)."""

import numpy as np


def sample_mvn(mu, Sigma, n, seed):
    """n draws from N(μ, Σ), shape (n, d), with Z = default_rng(seed).standard_normal((n, d))."""
    mu = np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))  # Σ = L Lᵀ
    Z = np.random.default_rng(seed).standard_normal((n, len(mu)))  # rows z ~ N(0, I)
    return mu + Z @ L.T  # each row is μ + L z, whose covariance is L I Lᵀ = Σ
