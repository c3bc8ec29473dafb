"""The sign of the cross term flipped: + 2 a·b."""

import numpy as np

DIAGNOSIS = {"es": "Sumaste 2 a·b", "en": "You added 2 a·b"}


def pairwise_sq_distances(A, B):
    D = (A**2).sum(axis=1)[:, None] + (B**2).sum(axis=1)[None, :] + 2 * A @ B.T
    return np.maximum(D, 0.0)
