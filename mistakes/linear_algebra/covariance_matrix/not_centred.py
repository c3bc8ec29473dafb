"""The mean is never subtracted: Xᵀ X / (n − 1) measures distance from 0, not spread."""

import numpy as np

DIAGNOSIS = {"es": "sin centrar", "en": "without centring"}


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    return X.T @ X / (X.shape[0] - 1)
