"""U_k V_kᵀ: the singular values left out, so every direction gets length 1."""

import numpy as np

DIAGNOSIS = {"es": "Olvidaste Σ", "en": "You forgot Σ"}


def low_rank_approx(X, k):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    U, S, Vt = np.linalg.svd(X - mean, full_matrices=False)
    return U[:, :k] @ Vt[:k] + mean
