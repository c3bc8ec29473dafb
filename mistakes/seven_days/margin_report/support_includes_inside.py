"""Support counted as every point with yᵢf(xᵢ) ≤ 1: the ones inside the street counted twice."""

import numpy as np

DIAGNOSIS = {"es": "dentro de la calle", "en": "inside the street"}


def margin_report(w, b, X, y, tol=1e-6):
    w = np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    functional = signs * (np.asarray(X, dtype=float) @ w + b)
    return np.array([functional.min() / np.linalg.norm(w), np.sum(functional <= 1 + tol), np.sum(functional < 1 - tol)])
