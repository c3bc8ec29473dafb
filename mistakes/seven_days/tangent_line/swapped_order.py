"""[intercept, slope] instead of [slope, intercept]."""

import numpy as np

DIAGNOSIS = {"es": "al revés", "en": "swapped"}


def tangent_line(f, x0, h=1e-5):
    slope = (f(x0 + h) - f(x0 - h)) / (2 * h)
    return np.array([f(x0) - slope * x0, slope])
