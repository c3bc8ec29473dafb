"""The table of B against A: shape (len(B), len(A))."""

import numpy as np

DIAGNOSIS = {"es": "al revés", "en": "wrong way round"}


def pairwise_sq_distances(A, B):
    D = (B**2).sum(axis=1)[:, None] + (A**2).sum(axis=1)[None, :] - 2 * B @ A.T
    return np.maximum(D, 0.0)
