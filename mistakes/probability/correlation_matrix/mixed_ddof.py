"""The covariance with n − 1, the standard deviations with n (NumPy's defaults of np.cov and np.std)."""

import numpy as np

DIAGNOSIS = {"es": "el mismo `ddof`", "en": "the same `ddof`"}


def correlation_matrix(X):
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0)  # ddof=0
    return np.cov(X, rowvar=False) / np.outer(std, std)  # ddof=1
