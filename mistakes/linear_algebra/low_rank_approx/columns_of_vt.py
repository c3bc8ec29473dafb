"""Vt[:, :k] instead of Vt[:k] (transposed to make the shapes fit): columns of Vᵀ, not the directions."""

import numpy as np

DIAGNOSIS = {"es": "columnas de Vᵀ", "en": "columns of Vᵀ"}


def low_rank_approx(X, k):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    U, S, Vt = np.linalg.svd(X - mean, full_matrices=False)
    return (U[:, :k] * S[:k]) @ Vt[:, :k].T + mean
