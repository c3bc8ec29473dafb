"""Normalising with the Euclidean norm, as in power iteration, instead of making the entries sum to 1."""

import numpy as np

DIAGNOSIS = {"es": "norma euclidiana", "en": "Euclidean norm"}


def stationary_distribution(P, n_iter):
    n = P.shape[0]
    pi = np.full(n, 1.0 / n)
    for _ in range(n_iter):
        pi = P.T @ pi
        pi = pi / np.linalg.norm(pi)
    return pi
