"""(G Bᵀ)ᵀ, transposed."""

import numpy as np

DIAGNOSIS = {"es": "el resultado transpuesto", "en": "the result transposed"}


def matmul_grad_a(A, B, G):
    A, B, G = np.asarray(A, dtype=float), np.asarray(B, dtype=float), np.asarray(G, dtype=float)
    return B @ G.T
