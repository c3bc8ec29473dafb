"""The weighted sum divided again by the number of values, as if the probabilities were counts."""

import numpy as np

DIAGNOSIS = {"es": "sin dividir entre n", "en": "no division by n"}


def mean_and_variance(values, probs):
    values, probs = np.asarray(values, dtype=float), np.asarray(probs, dtype=float)
    mean = np.sum(probs * values)
    return np.array([mean, np.sum(probs * (values - mean) ** 2) / len(values)])
