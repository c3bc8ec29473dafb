"""`/ 2 * h` without parentheses: the slope comes out multiplied by h²."""

import numpy as np

DIAGNOSIS = {"es": "`/ (2 * h)`", "en": "`/ (2 * h)`"}


def tangent_line(f, x0, h=1e-5):
    slope = (f(x0 + h) - f(x0 - h)) / 2 * h
    return np.array([slope, f(x0) - slope * x0])
