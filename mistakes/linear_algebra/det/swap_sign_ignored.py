"""Partial pivoting without the sign: every swap should multiply det by −1."""

import numpy as np

DIAGNOSIS = {"es": "cada intercambio de filas cambia el signo", "en": "every row swap flips the sign"}


def det(A):
    U = np.array(A, dtype=float)
    n = U.shape[0]
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        U[[k, p]] = U[[p, k]]
        U[k + 1 :] -= np.outer(U[k + 1 :, k] / U[k, k], U[k])
    return float(np.prod(np.diag(U)))
