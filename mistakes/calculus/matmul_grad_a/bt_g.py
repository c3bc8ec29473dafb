"""Bᵀ G, the factors swapped."""

import numpy as np

DIAGNOSIS = {"es": "en el otro orden", "en": "the other way round"}


def matmul_grad_a(A, B, G):
    A, B, G = np.asarray(A, dtype=float), np.asarray(B, dtype=float), np.asarray(G, dtype=float)
    return B.T @ G
