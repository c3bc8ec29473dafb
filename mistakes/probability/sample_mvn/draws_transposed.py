"""Z drawn as (d, n) and transposed: the right distribution, the draws in another order."""

import numpy as np

DIAGNOSIS = {"es": "standard_normal((n, d))", "en": "standard_normal((n, d))"}


def sample_mvn(mu, Sigma, n, seed):
    mu = np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))
    Z = np.random.default_rng(seed).standard_normal((len(mu), n))
    return mu + (L @ Z).T
