"""The right inverse, transposed (columns stored as rows)."""

import numpy as np

DIAGNOSIS = {"es": "la transpuesta de la inversa", "en": "the transpose of the inverse"}


def inverse(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        if abs(M[p, k]) <= 1e-12 * np.abs(A).max():
            raise ValueError("A is singular")
        M[[k, p]] = M[[p, k]]
        M[k] /= M[k, k]
        for i in range(n):
            if i != k:
                M[i] -= M[i, k] * M[k]
    return M[:, n:].T
