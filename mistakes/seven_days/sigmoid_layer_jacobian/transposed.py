"""Aᵀ diag(σ′(z)): the (n, m) transpose, the other layout convention."""

import numpy as np

DIAGNOSIS = {"es": "la transpuesta", "en": "the transpose"}


def sigmoid_layer_jacobian(A, b, x):
    A = np.asarray(A, dtype=float)
    s = 1 / (1 + np.exp(-(A @ np.asarray(x, dtype=float) + np.asarray(b, dtype=float))))
    return A.T * (s * (1 - s))[None, :]
