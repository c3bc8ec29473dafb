"""The mean log-likelihood, without the minus sign."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def bernoulli_nll(p, y):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=float)
    return float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
