"""Stops when the cost hardly changes, |ΔJ| ≤ tol: in a long flat valley that is far from the minimum."""

import numpy as np

DIAGNOSIS = {"es": "J o w casi no cambiaran", "en": "J or w hardly changing"}


def gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000):
    w = np.zeros(X.shape[1])
    cost = np.mean((X @ w - y) ** 2)
    for _ in range(max_iter):
        w = w - lr * 2 / len(y) * X.T @ (X @ w - y)
        new_cost = np.mean((X @ w - y) ** 2)
        if abs(cost - new_cost) <= tol:
            break
        cost = new_cost
    return w
