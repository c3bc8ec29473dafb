"""Counts how many samples are ≤ x and forgets to divide by n."""

import numpy as np

DIAGNOSIS = {"es": "conteos, no fracciones", "en": "counts, not fractions"}


def empirical_cdf(samples, x):
    samples, x = np.asarray(samples, dtype=float), np.asarray(x, dtype=float)
    return np.sum(samples[:, None] <= x[None, :], axis=0).astype(float)
