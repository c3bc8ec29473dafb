"""Factorials as floats: fine for n = 10, inf/inf = NaN once n passes 170."""

import numpy as np

DIAGNOSIS = {"es": "los factoriales se desbordan", "en": "the factorials overflow"}


def factorial(m):
    return np.prod(np.arange(1.0, m + 1))


def binomial_pmf(k, n, p):
    with np.errstate(all="ignore"):
        return np.array([factorial(n) / (factorial(j) * factorial(n - j)) * p**j * (1 - p) ** (n - j) for j in k])
