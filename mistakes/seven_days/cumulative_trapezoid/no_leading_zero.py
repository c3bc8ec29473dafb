"""The running sum without F[0] = 0: one value fewer than xs."""

import numpy as np

DIAGNOSIS = {"es": "F[0] = 0", "en": "F[0] = 0"}


def cumulative_trapezoid(ys, xs):
    ys, xs = np.asarray(ys, dtype=float), np.asarray(xs, dtype=float)
    return np.cumsum((ys[:-1] + ys[1:]) / 2 * np.diff(xs))
