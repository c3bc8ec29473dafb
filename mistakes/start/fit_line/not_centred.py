"""The slope without centring, Σxy / Σx²: the best line through the origin."""

import numpy as np

DIAGNOSIS = {"es": "pasa por el origen", "en": "through the origin"}


def fit_line(x, y):
    w = np.sum(x * y) / np.sum(x * x)
    b = y.mean() - w * x.mean()
    return np.array([w, b])
