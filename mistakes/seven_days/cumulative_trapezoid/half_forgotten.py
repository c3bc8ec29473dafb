"""(ys[i] + ys[i+1]) · Δx: the sum of the two heights instead of their mean."""

import numpy as np

DIAGNOSIS = {"es": "dividir entre 2", "en": "division by 2"}


def cumulative_trapezoid(ys, xs):
    ys, xs = np.asarray(ys, dtype=float), np.asarray(xs, dtype=float)
    return np.concatenate(([0.0], np.cumsum((ys[:-1] + ys[1:]) * np.diff(xs))))
