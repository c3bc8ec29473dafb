"""The mean-loss convention: α·n on the diagonal."""

import numpy as np

DIAGNOSIS = {"es": "α·n", "en": "α·n"}


def ridge(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    w = np.linalg.solve(Xc.T @ Xc + alpha * n * np.eye(d), Xc.T @ (y - y.mean()))
    return np.concatenate([[y.mean() - X.mean(axis=0) @ w], w])
