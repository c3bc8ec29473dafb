"""np.sqrt(Sigma): the square root of each entry, which is not a square root of the matrix."""

import numpy as np

DIAGNOSIS = {"es": "entrada por entrada", "en": "entry by entry"}


def sample_mvn(mu, Sigma, n, seed):
    mu = np.asarray(mu, dtype=float)
    Z = np.random.default_rng(seed).standard_normal((n, len(mu)))
    return mu + Z @ np.sqrt(np.asarray(Sigma, dtype=float))
