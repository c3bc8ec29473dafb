"""Reference solution: signed_distances (distance with sign from each point to the hyperplane wᵀx + b = 0)."""

import numpy as np


def signed_distances(w, b, X):
    """Signed distance (wᵀxᵢ + b) / ‖w‖ of each row of X to the hyperplane; shape (n_samples,)."""
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    return (X @ w + b) / np.linalg.norm(w)  # the score f(x), measured in units of ‖w‖
