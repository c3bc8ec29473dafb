"""G B, B not transposed."""

import numpy as np

DIAGNOSIS = {"es": "sin transponer B", "en": "without transposing B"}


def matmul_grad_a(A, B, G):
    A, B, G = np.asarray(A, dtype=float), np.asarray(B, dtype=float), np.asarray(G, dtype=float)
    return G @ B
