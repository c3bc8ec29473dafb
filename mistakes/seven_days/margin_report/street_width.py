"""The width of the street 2/‖w‖ instead of the margin of the closest point."""

import numpy as np

DIAGNOSIS = {"es": "ancho de la calle", "en": "width of the street"}


def margin_report(w, b, X, y, tol=1e-6):
    w = np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    functional = signs * (np.asarray(X, dtype=float) @ w + b)
    return np.array([2 / np.linalg.norm(w), np.sum(np.abs(functional - 1) <= tol), np.sum(functional < 1 - tol)])
