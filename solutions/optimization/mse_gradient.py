"""Reference solution: mse_gradient (the gradient of J(w) = (1/n)‖Xw − y‖²)."""

import numpy as np


def mse_gradient(X, y, w):
    """∇J(w) = (2/n) Xᵀ(Xw − y), an array shaped like w (n_features,).

    The 2 comes from the square, the 1/n from the mean; Xᵀ sums each residual times its row.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    residuals = X @ w - y  # shape (n_samples,)
    return 2 / len(y) * (X.T @ residuals)
