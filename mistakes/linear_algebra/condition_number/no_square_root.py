"""λ_max / λ_min of AᵀA with no square root: κ²."""

import numpy as np

DIAGNOSIS = {"es": "el cuadrado del esperado", "en": "the square of the expected one"}


def condition_number(A):
    A = np.asarray(A, dtype=float)
    eigenvalues = np.linalg.eigvalsh(A.T @ A)
    return float(eigenvalues[-1] / eigenvalues[0])
