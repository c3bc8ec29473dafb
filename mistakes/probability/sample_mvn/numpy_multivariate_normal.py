"""NumPy's own sampler: the same distribution, with the SVD's root of Σ, so other numbers."""

import numpy as np

DIAGNOSIS = {"es": "rng.multivariate_normal", "en": "rng.multivariate_normal"}


def sample_mvn(mu, Sigma, n, seed):
    return np.random.default_rng(seed).multivariate_normal(mu, Sigma, size=n)
