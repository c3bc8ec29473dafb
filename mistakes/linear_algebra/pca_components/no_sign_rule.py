"""The rows of Vᵀ as they come out of the SVD: right directions, but some with the opposite sign."""

import numpy as np

DIAGNOSIS = {"es": "salvo por el signo", "en": "right up to sign"}


def pca_components(X, k):
    X = np.asarray(X, dtype=float)
    _, _, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vt[:k]
