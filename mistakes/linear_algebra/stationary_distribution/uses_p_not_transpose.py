"""Iterating with P instead of Pᵀ: the uniform start never moves (each row of P sums to 1)."""

import numpy as np

DIAGNOSIS = {"es": "en vez de por Pᵀ", "en": "instead of Pᵀ"}


def stationary_distribution(P, n_iter):
    n = P.shape[0]
    pi = np.full(n, 1.0 / n)
    for _ in range(n_iter):
        pi = P @ pi
        pi = pi / pi.sum()
    return pi
