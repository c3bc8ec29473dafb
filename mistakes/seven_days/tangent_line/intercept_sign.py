"""The intercept as f(x₀) + slope·x₀: the sign of x₀'s term flipped."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def tangent_line(f, x0, h=1e-5):
    slope = (f(x0 + h) - f(x0 - h)) / (2 * h)
    return np.array([slope, f(x0) + slope * x0])
