"""y and 1 − y swapped: ln p paired with the negatives."""

import numpy as np

DIAGNOSIS = {"es": "Intercambiaste y y 1 − y", "en": "swapped y and 1 − y"}


def bernoulli_nll(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    return float(-np.mean((1 - y) * np.log(p) + y * np.log(1 - p)))
