"""One width xs[1] − xs[0] for every trapezoid: right on an even grid only."""

import numpy as np

DIAGNOSIS = {"es": "malla es despareja", "en": "grid is uneven"}


def cumulative_trapezoid(ys, xs):
    ys, xs = np.asarray(ys, dtype=float), np.asarray(xs, dtype=float)
    dx = xs[1] - xs[0]
    return np.concatenate(([0.0], np.cumsum((ys[:-1] + ys[1:]) / 2 * dx)))
