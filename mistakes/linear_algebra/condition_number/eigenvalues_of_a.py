"""|λ_max| / |λ_min| of A itself: right only for symmetric (normal) matrices."""

import numpy as np

DIAGNOSIS = {"es": "Usaste los valores propios de A", "en": "You used the eigenvalues of A"}


def condition_number(A):
    moduli = np.abs(np.linalg.eigvals(np.asarray(A, dtype=float)))
    return float(moduli.max() / moduli.min())
