"""np.argmax instead of np.argmin: the direction of steepest ascent (∇J), not descent."""

import numpy as np

DIAGNOSIS = {"es": "`np.argmin`, no `np.argmax`", "en": "`np.argmin`, not `np.argmax`"}


def best_descent_direction(J, w, directions, h=1e-6):
    slopes = [(J(w + h * u) - J(w - h * u)) / (2 * h) for u in directions]
    return int(np.argmax(slopes))
