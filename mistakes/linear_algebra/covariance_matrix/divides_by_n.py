"""Divides by n (ddof=0, NumPy's default for var and std) instead of n − 1."""

import numpy as np

DIAGNOSIS = {"es": "Dividiste entre n", "en": "You divided by n"}


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]
