"""The square root taken at the end: distances, not squared distances."""

import numpy as np

DIAGNOSIS = {"es": "no sus cuadrados", "en": "not their squares"}


def pairwise_sq_distances(A, B):
    D = (A**2).sum(axis=1)[:, None] + (B**2).sum(axis=1)[None, :] - 2 * A @ B.T
    return np.sqrt(np.maximum(D, 0.0))
