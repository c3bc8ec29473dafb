"""Reference solution: pairwise_sq_distances (‖a − b‖² = ‖a‖² + ‖b‖² − 2 a·b, no Python loop)."""

import numpy as np


def pairwise_sq_distances(A, B):
    """Return D, shape (len(A), len(B)), with D[i, j] = ‖A[i] − B[j]‖²."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    sq_norms_A = (A**2).sum(axis=1)  # ‖a_i‖², shape (n_A,)
    sq_norms_B = (B**2).sum(axis=1)  # ‖b_j‖², shape (n_B,)
    # (n_A, 1) + (1, n_B) − (n_A, n_B): the column and the row broadcast to the full table
    D = sq_norms_A[:, None] + sq_norms_B[None, :] - 2 * A @ B.T
    return np.maximum(D, 0.0)  # round-off can leave −1e-14 where the distance is 0
