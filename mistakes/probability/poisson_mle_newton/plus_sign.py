"""λ + ℓ′/ℓ″: the Newton step taken the wrong way."""

import numpy as np

DIAGNOSIS = {"es": "en lugar de restarlo", "en": "instead of subtracting it"}


def poisson_mle_newton(x, lam0, n_iter):
    x = np.asarray(x, dtype=float)
    lams = [float(lam0)]
    for _ in range(n_iter):
        lam = lams[-1]
        lams.append(lam + (x.sum() / lam - x.size) / (-x.sum() / lam**2))
    return np.array(lams)
