"""The probability of one sequence, without the C(n, k) sequences that have k successes."""

import numpy as np

DIAGNOSIS = {"es": "Falta el coeficiente binomial", "en": "The binomial coefficient C(n, k) is missing"}


def binomial_pmf(k, n, p):
    k = np.asarray(k, dtype=float)
    return np.exp(k * np.log(p) + (n - k) * np.log(1 - p))
