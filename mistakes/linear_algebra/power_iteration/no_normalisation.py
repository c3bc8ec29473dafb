"""Multiplying by A without normalising: the right direction, the wrong length (Aⁿ·v0)."""

import numpy as np

DIAGNOSIS = {"es": "te falta normalizar", "en": "you are not normalising"}


def power_iteration(A, v0, n_iter):
    v = np.asarray(v0, dtype=float)
    for _ in range(n_iter):
        v = A @ v
    return v
