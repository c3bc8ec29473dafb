"""σ(z) first and then its logarithm: overflows to inf/NaN when |z| is large."""

import numpy as np

DIAGNOSIS = {"es": "logaddexp", "en": "logaddexp"}


def logistic_loss(X, y, w, b):
    p = 1.0 / (1.0 + np.exp(-(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
