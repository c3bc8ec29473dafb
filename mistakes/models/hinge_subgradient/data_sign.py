"""The data term added instead of subtracted."""

import numpy as np

DIAGNOSIS = {"es": "signo al revés", "en": "wrong sign"}


def hinge_subgradient(X, y, w, b, C):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    active = signs * (X @ w + b) < 1
    return np.append(w + C * (signs[active] @ X[active]), C * np.sum(signs[active]))
