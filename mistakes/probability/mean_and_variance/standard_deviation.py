"""The standard deviation returned where the variance is wanted."""

import numpy as np

DIAGNOSIS = {"es": "desviación estándar", "en": "standard deviation"}


def mean_and_variance(values, probs):
    values, probs = np.asarray(values, dtype=float), np.asarray(probs, dtype=float)
    mean = np.sum(probs * values)
    return np.array([mean, np.sqrt(np.sum(probs * (values - mean) ** 2))])
