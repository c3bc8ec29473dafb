"""The iterates without the starting point λ₀."""

import numpy as np

DIAGNOSIS = {"es": "falta el punto de partida", "en": "starting point λ₀ is missing"}


def poisson_mle_newton(x, lam0, n_iter):
    x = np.asarray(x, dtype=float)
    lam, lams = float(lam0), []
    for _ in range(n_iter):
        lam = lam - (x.sum() / lam - x.size) / (-x.sum() / lam**2)
        lams.append(lam)
    return np.array(lams)
