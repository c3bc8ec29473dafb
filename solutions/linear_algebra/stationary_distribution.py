"""Reference solution: stationary_distribution (power iteration on Pᵀ, normalised to sum 1)."""

import numpy as np


def stationary_distribution(P, n_iter):
    """π after n_iter steps πᵀ ← πᵀP from the uniform distribution, scaled so that Σπᵢ = 1.

    P is row-stochastic (P[i, j] is the probability of going from state i to state j), so the
    distribution of the next state is πᵀP, that is, Pᵀπ as a column: the iteration runs on Pᵀ.
    """
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    pi = np.full(n, 1.0 / n)
    for _ in range(n_iter):
        pi = P.T @ pi
        pi = pi / pi.sum()  # a probability vector sums to 1 (its L2 norm is not 1)
    return pi
