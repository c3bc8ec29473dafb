"""Reference solution: hinge_subgradient (of ½‖w‖² + C Σ max(0, 1 − yᵢ f(xᵢ)), f(x) = wᵀx + b)."""

import numpy as np


def hinge_subgradient(X, y, w, b, C):
    """A subgradient (∂_w, ∂_b) concatenated in one array of shape (n_features + 1,); y given as 0/1."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    active = signs * (X @ w + b) < 1  # strictly inside the margin or on the wrong side; at = 1 we take 0
    grad_w = w - C * (signs[active] @ X[active])  # ½‖w‖² gives w; each active hinge gives −C yᵢ xᵢ
    grad_b = -C * np.sum(signs[active])  # b is not in ½‖w‖²: only the hinges count
    return np.append(grad_w, grad_b)
