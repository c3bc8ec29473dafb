"""Gradient ascent with a fixed step instead of Newton's step."""

import numpy as np

DIAGNOSIS = {"es": "ascenso de gradiente", "en": "gradient ascent"}


def poisson_mle_newton(x, lam0, n_iter):
    x = np.asarray(x, dtype=float)
    lams = [float(lam0)]
    for _ in range(n_iter):
        lam = lams[-1]
        lams.append(lam + 0.002 * (x.sum() / lam - x.size))
    return np.array(lams)
