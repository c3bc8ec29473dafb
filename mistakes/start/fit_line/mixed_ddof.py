"""np.cov (ddof=1) over np.var (ddof=0): the slope comes out n/(n − 1) times too large."""

import numpy as np

DIAGNOSIS = {"es": "entre números distintos", "en": "divided by different numbers"}


def fit_line(x, y):
    w = np.cov(x, y)[0, 1] / np.var(x)
    b = y.mean() - w * x.mean()
    return np.array([w, b])
