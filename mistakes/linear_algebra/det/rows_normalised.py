"""Pivot rows divided by their pivot (as in Gauss–Jordan), and the scales never multiplied back."""

import numpy as np

DIAGNOSIS = {"es": "dividiste las filas entre su pivote", "en": "you divided rows by their pivot"}


def det(A):
    U = np.array(A, dtype=float)
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        U[k] = U[k] / U[k, k]
        U[k + 1 :] -= np.outer(U[k + 1 :, k], U[k])
    return float(sign * np.prod(np.diag(U)))
