"""Reference solution: best_descent_direction (the candidate with the most negative directional derivative)."""

import numpy as np


def best_descent_direction(J, w, directions, h=1e-6):
    """Index of the row u of ``directions`` where J falls fastest from w: the most negative
    central quotient (J(w + h·u) − J(w − h·u)) / (2h) ≈ ∇J(w)·u."""
    w = np.asarray(w, dtype=float)
    directions = np.asarray(directions, dtype=float)
    slopes = np.array([(J(w + h * u) - J(w - h * u)) / (2 * h) for u in directions])  # D_u J(w)
    return int(np.argmin(slopes))
