"""The quadratic term without the labels: αᵀKα instead of αᵀ(yyᵀ ⊙ K)α."""

import numpy as np

DIAGNOSIS = {"es": "Olvidaste las etiquetas", "en": "You forgot the labels"}


def dual_objective(alpha, y, K):
    alpha = np.asarray(alpha, dtype=float)
    return float(alpha.sum() - 0.5 * alpha @ np.asarray(K, dtype=float) @ alpha)
