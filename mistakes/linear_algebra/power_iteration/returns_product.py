"""Returning w = A·v from the last step instead of the normalised v."""

import numpy as np

DIAGNOSIS = {"es": "sin su última normalización", "en": "without its last normalisation"}


def power_iteration(A, v0, n_iter):
    v = np.asarray(v0, dtype=float)
    v = v / np.linalg.norm(v)
    w = v
    for _ in range(n_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
    return w
