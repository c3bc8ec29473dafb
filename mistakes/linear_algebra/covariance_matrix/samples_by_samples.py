"""Xc Xcᵀ instead of Xcᵀ Xc: an n × n matrix that compares samples, not variables."""

import numpy as np

DIAGNOSIS = {"es": "calculaste Xc Xcᵀ", "en": "you computed Xc Xcᵀ"}


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    return Xc @ Xc.T / (X.shape[0] - 1)
