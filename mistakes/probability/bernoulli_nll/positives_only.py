"""Only the y = 1 term: the negatives never count."""

import numpy as np

DIAGNOSIS = {"es": "(1 − yᵢ) ln(1 − pᵢ)", "en": "(1 − yᵢ) ln(1 − pᵢ)"}


def bernoulli_nll(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    return float(-np.mean(y * np.log(p)))
