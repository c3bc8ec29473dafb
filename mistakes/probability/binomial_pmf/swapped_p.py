"""p and 1 − p swapped: the probability of n − k successes."""

import numpy as np

from gradiente.stats.special import gammaln

DIAGNOSIS = {"es": "Intercambiaste p y 1 − p", "en": "You swapped p and 1 − p"}


def binomial_pmf(k, n, p):
    k = np.asarray(k, dtype=float)
    log_choose = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)
    return np.exp(log_choose + (n - k) * np.log(p) + k * np.log(1 - p))
