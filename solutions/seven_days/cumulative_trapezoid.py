"""Reference solution: cumulative_trapezoid (the running trapezoid integral, F[0] = 0, any spacing)."""

import numpy as np


def cumulative_trapezoid(ys, xs):
    """F[k] = Σ_{i<k} (ys[i] + ys[i+1]) / 2 · (xs[i+1] − xs[i]), with F[0] = 0; shape (len(xs),)."""
    ys = np.asarray(ys, dtype=float)
    xs = np.asarray(xs, dtype=float)
    areas = (ys[:-1] + ys[1:]) / 2 * np.diff(xs)  # one trapezoid per interval, each with its own width
    return np.concatenate(([0.0], np.cumsum(areas)))  # the area up to the first point is 0
