"""The cofactor formula without the division by det A: the adjugate."""

import numpy as np

DIAGNOSIS = {"es": "sin dividir entre el determinante", "en": "not divided by the determinant"}


def inverse(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    if n == 1:
        return np.array([[1.0]])
    cofactors = np.empty_like(A)
    for i in range(n):
        for j in range(n):
            minor = np.delete(np.delete(A, i, axis=0), j, axis=1)
            cofactors[i, j] = (-1) ** (i + j) * np.linalg.det(minor)
    return cofactors.T
