"""b = wᵀxᵢ − yᵢ: the bias with the wrong sign."""

import numpy as np

DIAGNOSIS = {"es": "b tiene el signo cambiado", "en": "b has the wrong sign"}


def primal_from_dual(alpha, X, y, C):
    alpha, X = np.asarray(alpha, dtype=float), np.asarray(X, dtype=float)
    y = np.where(np.asarray(y) > 0, 1.0, -1.0)
    w = (alpha * y) @ X
    free = (alpha > 1e-8) & (alpha < C - 1e-8)
    return np.append(w, np.mean(X[free] @ w - y[free]))
