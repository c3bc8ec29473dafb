"""b averaged over every support vector, the bound ones (α = C) included."""

import numpy as np

DIAGNOSIS = {"es": "todos los vectores de soporte", "en": "every support vector"}


def primal_from_dual(alpha, X, y, C):
    alpha, X = np.asarray(alpha, dtype=float), np.asarray(X, dtype=float)
    y = np.where(np.asarray(y) > 0, 1.0, -1.0)
    w = (alpha * y) @ X
    support = alpha > 1e-8
    return np.append(w, np.mean(y[support] - X[support] @ w))
