"""w = Σ αᵢxᵢ: the labels left out of the weights."""

import numpy as np

DIAGNOSIS = {"es": "no lleva las etiquetas", "en": "leaves out the labels"}


def primal_from_dual(alpha, X, y, C):
    alpha, X = np.asarray(alpha, dtype=float), np.asarray(X, dtype=float)
    y = np.where(np.asarray(y) > 0, 1.0, -1.0)
    w = alpha @ X
    free = (alpha > 1e-8) & (alpha < C - 1e-8)
    return np.append(w, np.mean(y[free] - X[free] @ w))
