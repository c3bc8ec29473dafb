"""Xᵀ(y − p): the gradient of the log-likelihood used with the loss's update."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def logistic_newton(X, y, n_iter):
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        p = 1 / (1 + np.exp(-(X @ w)))
        H = X.T @ (X * (p * (1 - p))[:, None])
        w = w - np.linalg.solve(H, X.T @ (y - p))
    return w
