"""Var X = E[X²]: the second moment, with μ² never subtracted."""

import numpy as np

DIAGNOSIS = {"es": "E[X²] − μ²", "en": "E[X²] − μ²"}


def mean_and_variance(values, probs):
    values, probs = np.asarray(values, dtype=float), np.asarray(probs, dtype=float)
    return np.array([np.sum(probs * values), np.sum(probs * values**2)])
