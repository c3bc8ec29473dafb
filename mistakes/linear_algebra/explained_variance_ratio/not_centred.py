"""The singular values of X itself: the first one measures how far the data are from 0."""

import numpy as np

DIAGNOSIS = {"es": "sin centrar", "en": "without centring"}


def explained_variance_ratio(X):
    S = np.linalg.svd(np.asarray(X, dtype=float), compute_uv=False)
    return S**2 / np.sum(S**2)
