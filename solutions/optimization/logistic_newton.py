"""Reference solution: logistic_newton (logistic regression fitted by Newton's method, IRLS)."""

import numpy as np


def logistic_newton(X, y, n_iter):
    """The weights w after n_iter Newton steps from w = 0 on the logistic loss, shape (n_features,).

    The loss L(w) = −Σ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], with pᵢ = σ(xᵢᵀw), has gradient
    Xᵀ(p − y) and Hessian XᵀSX, S = diag(pᵢ(1 − pᵢ)). X already holds the intercept column.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(n_iter):
        p = 1 / (1 + np.exp(-(X @ w)))
        s = p * (1 - p)  # the diagonal of S
        gradient = X.T @ (p - y)
        hessian = X.T @ (X * s[:, None])  # XᵀSX without building the n × n matrix S
        w = w - np.linalg.solve(hessian, gradient)
    return w
