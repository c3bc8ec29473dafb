"""Gauss–Jordan without row swaps: a zero pivot gives NaN."""

import numpy as np

DIAGNOSIS = {"es": "pivote cero", "en": "zero pivot"}


def inverse(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    for k in range(n):
        M[k] /= M[k, k]
        for i in range(n):
            if i != k:
                M[i] -= M[i, k] * M[k]
    return M[:, n:]
