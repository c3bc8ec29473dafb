"""The ½ in front of the quadratic term left out."""

import numpy as np

DIAGNOSIS = {"es": "Te falta el ½", "en": "The ½ in front"}


def dual_objective(alpha, y, K):
    alpha = np.asarray(alpha, dtype=float)
    signed = alpha * np.where(np.asarray(y) > 0, 1.0, -1.0)
    return float(alpha.sum() - signed @ np.asarray(K, dtype=float) @ signed)
