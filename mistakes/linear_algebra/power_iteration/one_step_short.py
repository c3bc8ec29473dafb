"""Counting the normalisation of v0 as the first step: n_iter − 1 products by A."""

import numpy as np

DIAGNOSIS = {"es": "uno de menos", "en": "one too few"}


def power_iteration(A, v0, n_iter):
    v = np.asarray(v0, dtype=float)
    v = v / np.linalg.norm(v)
    for _ in range(n_iter - 1):
        w = A @ v
        v = w / np.linalg.norm(w)
    return v
