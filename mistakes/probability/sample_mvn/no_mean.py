"""Z Lᵀ without μ: samples centred at 0."""

import numpy as np

DIAGNOSIS = {"es": "falta sumar la media", "en": "mean μ is missing"}


def sample_mvn(mu, Sigma, n, seed):
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))
    return np.random.default_rng(seed).standard_normal((n, len(mu))) @ L.T
