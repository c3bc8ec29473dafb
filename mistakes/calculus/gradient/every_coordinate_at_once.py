"""Moving every coordinate at once: one number, repeated, instead of n partial derivatives."""

import numpy as np

DIAGNOSIS = {"es": "todas las coordenadas a la vez", "en": "every coordinate at once"}


def gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    return np.full_like(x, (f(x + h) - f(x - h)) / (2 * h))
