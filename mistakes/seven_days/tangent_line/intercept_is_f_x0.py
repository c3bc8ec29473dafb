"""The intercept taken as f(x₀): the height at x₀, not at x = 0 (−slope·x₀ forgotten)."""

import numpy as np

DIAGNOSIS = {"es": "f(x₀) − pendiente·x₀", "en": "f(x₀) − slope·x₀"}


def tangent_line(f, x0, h=1e-5):
    slope = (f(x0 + h) - f(x0 - h)) / (2 * h)
    return np.array([slope, f(x0)])
