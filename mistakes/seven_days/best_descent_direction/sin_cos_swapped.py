"""The directions rebuilt on the circle as (sin θ, cos θ) instead of used as given."""

import numpy as np

DIAGNOSIS = {"es": "(sen θ, cos θ)", "en": "(sin θ, cos θ)"}


def best_descent_direction(J, w, directions, h=1e-6):
    k = len(directions)
    angles = 2 * np.pi * np.arange(k) / k
    rebuilt = np.column_stack([np.sin(angles), np.cos(angles)])
    slopes = [(J(w + h * u) - J(w - h * u)) / (2 * h) for u in rebuilt]
    return int(np.argmin(slopes))
