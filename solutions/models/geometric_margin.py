"""Reference solution: geometric_margin (the smallest signed distance, oriented by the label)."""

import numpy as np


def geometric_margin(w, b, X, y):
    """minᵢ yᵢ(wᵀxᵢ + b) / ‖w‖ with labels y given as 0/1 (converted to −1/+1); a float."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1  # 0/1 → −1/+1: the SVM's convention
    return float(np.min(signs * (X @ w + b)) / np.linalg.norm(w))
