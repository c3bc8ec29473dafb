"""|wᵀx + b| instead of yᵢ(wᵀxᵢ + b): positive even when a point is on the wrong side."""

import numpy as np

DIAGNOSIS = {"es": "|wᵀx + b|", "en": "|wᵀx + b|"}


def geometric_margin(w, b, X, y):
    w = np.asarray(w, dtype=float)
    return float(np.min(np.abs(np.asarray(X, dtype=float) @ w + b)) / np.linalg.norm(w))
