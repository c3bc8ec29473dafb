"""dL/dB returned instead of dL/dA."""

import numpy as np

DIAGNOSIS = {"es": "el gradiente del otro factor", "en": "the gradient of the other factor"}


def matmul_grad_a(A, B, G):
    A, B, G = np.asarray(A, dtype=float), np.asarray(B, dtype=float), np.asarray(G, dtype=float)
    return A.T @ G
