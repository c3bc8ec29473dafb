"""Reference solution: gd_linear_regression (batch gradient descent on the mean squared error)."""

import numpy as np


def gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000):
    """Minimise J(w) = (1/n)‖Xw − y‖² from w = 0; return the last w, shape (n_features,).

    Before each update, stop if ‖∇J(w)‖ ≤ tol; otherwise w ← w − lr·∇J(w), at most max_iter updates.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n_samples, n_features = X.shape
    w = np.zeros(n_features)
    for _ in range(max_iter):
        gradient = 2 / n_samples * (X.T @ (X @ w - y))  # ∇J(w) = (2/n) Xᵀ(Xw − y)
        if np.linalg.norm(gradient) <= tol:
            break
        w = w - lr * gradient
    return w
