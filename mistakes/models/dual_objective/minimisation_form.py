"""libsvm's minimisation form ½αᵀQα − Σα: the opposite of the dual to maximise."""

import numpy as np

DIAGNOSIS = {"es": "signo opuesto", "en": "opposite sign"}


def dual_objective(alpha, y, K):
    alpha = np.asarray(alpha, dtype=float)
    signed = alpha * np.where(np.asarray(y) > 0, 1.0, -1.0)
    return float(0.5 * signed @ np.asarray(K, dtype=float) @ signed - alpha.sum())
