"""Reference solution: matmul_grad_a (the gradient of C = AB with respect to A)."""

import numpy as np


def matmul_grad_a(A, B, G):
    """dL/dA for C = A @ B, given G = dL/dC: the matrix G Bᵀ, of the shape of A."""
    return np.asarray(G, dtype=float) @ np.asarray(B, dtype=float).T
