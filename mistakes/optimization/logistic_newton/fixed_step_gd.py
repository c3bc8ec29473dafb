"""Gradient descent with a fixed learning rate in place of the Newton step."""

import numpy as np

DIAGNOSIS = {"es": "descenso de gradiente con paso fijo", "en": "gradient descent with a fixed step"}


def logistic_newton(X, y, n_iter):
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        p = 1 / (1 + np.exp(-(X @ w)))
        w = w - 0.1 * X.T @ (p - y) / len(y)
    return w
