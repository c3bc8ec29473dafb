"""The winning direction returned instead of its index."""

import numpy as np

DIAGNOSIS = {"es": "**índice**", "en": "**index**"}


def best_descent_direction(J, w, directions, h=1e-6):
    slopes = [(J(w + h * u) - J(w - h * u)) / (2 * h) for u in directions]
    return directions[int(np.argmin(slopes))]
