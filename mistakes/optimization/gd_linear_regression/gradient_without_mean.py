"""The gradient summed, not averaged: the real step is n times lr, far above 2/L, and w overflows."""

import numpy as np

DIAGNOSIS = {"es": "Compara lr", "en": "Compare lr"}


def gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000):
    w = np.zeros(X.shape[1])
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(max_iter):
            gradient = 2 * X.T @ (X @ w - y)
            if np.linalg.norm(gradient) <= tol or not np.isfinite(gradient).all():
                break
            w = w - lr * gradient
    return w
