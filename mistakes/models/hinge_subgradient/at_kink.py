"""Counts the points with y f(x) = 1 as active ("≤ 1")."""

import numpy as np

DIAGNOSIS = {"es": "≤ 1", "en": "≤ 1"}


def hinge_subgradient(X, y, w, b, C):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    active = signs * (X @ w + b) <= 1
    return np.append(w - C * (signs[active] @ X[active]), -C * np.sum(signs[active]))
