"""Reference solution: margin_report (the geometric margin, the points on the street's edges, the violators)."""

import numpy as np


def margin_report(w, b, X, y, tol=1e-6):
    """[margin, n_support, n_violations] of the boundary wᵀx + b = 0, labels y given as 0/1; shape (3,).

    margin = minᵢ yᵢf(xᵢ)/‖w‖ (negative if a point is on the wrong side); n_support counts the points
    on an edge of the street, |yᵢf(xᵢ) − 1| ≤ tol; n_violations those that break yᵢf(xᵢ) ≥ 1 by more
    than tol.
    """
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1  # 0/1 → −1/+1: the SVM's convention
    functional = signs * (X @ w + b)  # yᵢ f(xᵢ), which changes if (w, b) is scaled
    margin = functional.min() / np.linalg.norm(w)  # a distance: the same for (c·w, c·b)
    n_support = np.sum(np.abs(functional - 1) <= tol)  # on the edges: yᵢ f(xᵢ) = 1
    n_violations = np.sum(functional < 1 - tol)  # inside the street or on the wrong side
    return np.array([margin, n_support, n_violations], dtype=float)
