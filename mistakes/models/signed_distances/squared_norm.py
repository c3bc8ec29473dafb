"""Divided by ‖w‖² instead of ‖w‖."""

import numpy as np

DIAGNOSIS = {"es": "‖w‖²", "en": "‖w‖²"}


def signed_distances(w, b, X):
    w = np.asarray(w, dtype=float)
    return (np.asarray(X, dtype=float) @ w + b) / (w @ w)
