"""Only three answers: a zero eigenvalue (a flat direction) never gives 2."""

import numpy as np

DIAGNOSIS = {"es": "valor propio cero", "en": "zero eigenvalue"}


def classify_critical_point(H):
    eigenvalues = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    if (eigenvalues > 0).all():
        return 1
    if (eigenvalues < 0).all():
        return -1
    return 0
