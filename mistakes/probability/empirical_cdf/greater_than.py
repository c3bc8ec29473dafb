"""The fraction above x: 1 − F̂(x)."""

import numpy as np

DIAGNOSIS = {"es": "mayores que x", "en": "greater than x"}


def empirical_cdf(samples, x):
    samples, x = np.asarray(samples, dtype=float), np.asarray(x, dtype=float)
    return np.mean(samples[:, None] > x[None, :], axis=0)
