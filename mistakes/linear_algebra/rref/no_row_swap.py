"""Gauss–Jordan that takes the diagonal entry as the pivot, even when it is 0."""

import numpy as np

DIAGNOSIS = {"es": "intercambia filas", "en": "swap rows"}


def rref(M, tol=1e-12):
    R = np.array(M, dtype=float)
    n_rows, n_columns = R.shape
    for k in range(min(n_rows, n_columns)):
        R[k] = R[k] / R[k, k]
        for other in range(n_rows):
            if other != k:
                R[other] = R[other] - R[other, k] * R[k]
    R[np.abs(R) < tol] = 0.0
    return R
