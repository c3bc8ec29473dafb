"""The total negative log-likelihood instead of its mean."""

import numpy as np

DIAGNOSIS = {"es": "sumaste en lugar de promediar", "en": "summed instead of averaging"}


def bernoulli_nll(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
