"""∂_b gets a "+ b" as if ½‖w‖² penalised the bias too."""

import numpy as np

DIAGNOSIS = {"es": "½‖w‖² lo penalizara", "en": "½‖w‖² penalised it"}


def hinge_subgradient(X, y, w, b, C):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    active = signs * (X @ w + b) < 1
    return np.append(w - C * (signs[active] @ X[active]), b - C * np.sum(signs[active]))
