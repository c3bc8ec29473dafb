"""Reference solution: logistic_grad (gradient of the mean log loss, weights then bias)."""

import numpy as np


def logistic_grad(X, y, w, b):
    """[∇_w L, ∂L/∂b] = [Xᵀ(p − y)/n, mean(p − y)], p = σ(Xw + b); shape (d + 1,)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    z = X @ np.asarray(w, dtype=float) + b
    p = np.exp(-np.logaddexp(0.0, -z))  # σ(z) without overflow
    r = p - y  # the residual: predicted probability minus label
    return np.concatenate([X.T @ r / len(y), [r.mean()]])
