"""Summed over the samples instead of averaging."""

import numpy as np

DIAGNOSIS = {"es": "sumaste en lugar de promediar", "en": "summed instead of averaging"}


def logistic_loss(X, y, w, b):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return float(np.sum(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))
