"""Z L instead of Z Lᵀ: right for a diagonal Σ only."""

import numpy as np

DIAGNOSIS = {"es": "Z L en lugar de Z Lᵀ", "en": "Z L instead of Z Lᵀ"}


def sample_mvn(mu, Sigma, n, seed):
    mu = np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))
    return mu + np.random.default_rng(seed).standard_normal((n, len(mu))) @ L
