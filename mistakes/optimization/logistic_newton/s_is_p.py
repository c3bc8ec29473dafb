"""S = diag(p) instead of diag(p(1 − p))."""

import numpy as np

DIAGNOSIS = {"es": "S = diag(pᵢ)", "en": "S = diag(pᵢ)"}


def logistic_newton(X, y, n_iter):
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        p = 1 / (1 + np.exp(-(X @ w)))
        H = X.T @ (X * p[:, None])
        w = w - np.linalg.solve(H, X.T @ (p - y))
    return w
