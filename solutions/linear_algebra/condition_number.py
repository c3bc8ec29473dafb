"""Reference solution: condition_number (σ_max / σ_min from the eigenvalues of AᵀA)."""

import numpy as np


def condition_number(A):
    """κ₂(A) = σ_max / σ_min for a matrix A of shape (m, n) with m ≥ n and full column rank.

    The singular values of A are the square roots of the eigenvalues of the symmetric matrix AᵀA.
    """
    A = np.asarray(A, dtype=float)
    eigenvalues = np.linalg.eigvalsh(A.T @ A)  # ascending, all ≥ 0 up to rounding
    return float(np.sqrt(eigenvalues[-1] / eigenvalues[0]))
