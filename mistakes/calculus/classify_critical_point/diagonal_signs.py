"""The signs of the diagonal entries read as if they were the eigenvalues."""

import numpy as np

DIAGNOSIS = {"es": "diagonal", "en": "diagonal"}


def classify_critical_point(H):
    d = np.diag(np.asarray(H, dtype=float))
    if (np.abs(d) < 1e-10).any():
        return 2
    if (d > 0).all():
        return 1
    if (d < 0).all():
        return -1
    return 0
