"""Z Σ: the covariance matrix used where its Cholesky factor belongs."""

import numpy as np

DIAGNOSIS = {"es": "Σ Σᵀ = Σ²", "en": "Σ Σᵀ = Σ²"}


def sample_mvn(mu, Sigma, n, seed):
    mu = np.asarray(mu, dtype=float)
    Z = np.random.default_rng(seed).standard_normal((n, len(mu)))
    return mu + Z @ np.asarray(Sigma, dtype=float)
