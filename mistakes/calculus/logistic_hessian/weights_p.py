"""Weights p instead of σ'(z) = p(1 − p)."""

import numpy as np

DIAGNOSIS = {"es": "p(1 − p)", "en": "p(1 − p)"}


def logistic_hessian(X, w):
    X = np.asarray(X, dtype=float)
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ np.diag(p) @ X / X.shape[0]
