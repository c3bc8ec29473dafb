"""Elimination without row swaps: a zero pivot gives a division by zero."""

import numpy as np

DIAGNOSIS = {"es": "pivote cero", "en": "zero pivot"}


def det(A):
    U = np.array(A, dtype=float)
    n = U.shape[0]
    for k in range(n):
        U[k + 1 :] -= np.outer(U[k + 1 :, k] / U[k, k], U[k])
    return float(np.prod(np.diag(U)))
