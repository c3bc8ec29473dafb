"""The one-sided quotient (J(w + h·u) − J(w)) / h: a curvature error (h/2)·uᵀHu that a large h makes visible."""

import numpy as np

DIAGNOSIS = {"es": "un solo lado", "en": "one-sided"}


def best_descent_direction(J, w, directions, h=1e-6):
    slopes = [(J(w + h * u) - J(w)) / h for u in directions]
    return int(np.argmin(slopes))
