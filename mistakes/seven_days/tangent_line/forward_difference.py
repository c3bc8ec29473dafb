"""The slope by the forward difference: one neighbour, error of order h."""

import numpy as np

DIAGNOSIS = {"es": "hacia adelante", "en": "forward difference"}


def tangent_line(f, x0, h=1e-5):
    slope = (f(x0 + h) - f(x0)) / h
    return np.array([slope, f(x0) - slope * x0])
