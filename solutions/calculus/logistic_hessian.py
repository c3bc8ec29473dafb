"""Reference solution: logistic_hessian."""

import numpy as np

from gradiente.softmax import sigmoid


def logistic_hessian(X, w):
    """The Hessian of the mean logistic loss at w, shape (d, d): (1/n) Xᵀ diag(p(1 − p)) X, p = σ(Xw)."""
    X = np.asarray(X, dtype=float)
    p = sigmoid(X @ w)
    weights = p * (1 - p)  # σ'(z) = σ(z)(1 − σ(z)): the curvature each sample adds
    return (X.T * weights) @ X / X.shape[0]  # X.T * weights scales column i of Xᵀ by weights[i]
