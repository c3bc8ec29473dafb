"""Reference solution: primal_from_dual."""

import numpy as np


def primal_from_dual(alpha, X, y, C):
    """[w₁, …, w_d, b] of a linear SVM from its dual α: w = Σ αᵢyᵢxᵢ, b averaged over the free vectors."""
    alpha = np.asarray(alpha, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.where(np.asarray(y) > 0, 1.0, -1.0)
    w = (alpha * y) @ X  # ∂L/∂w = 0  ⇒  w = Σ αᵢ yᵢ xᵢ
    free = (alpha > 1e-8) & (alpha < C - 1e-8)  # 0 < αᵢ < C: exactly on the margin, yᵢ(wᵀxᵢ + b) = 1
    b = np.mean(y[free] - X[free] @ w)  # b = yᵢ − wᵀxᵢ on each, averaged
    return np.append(w, b)
