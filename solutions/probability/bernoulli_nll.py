"""Reference solution: bernoulli_nll (the mean negative log-likelihood of 0/1 labels, the log loss)."""

import numpy as np


def bernoulli_nll(p, y):
    """−(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], with pᵢ = P(yᵢ = 1) in (0, 1)."""
    p = np.asarray(p, dtype=float)
    y = np.asarray(y, dtype=float)
    log_likelihood = y * np.log(p) + (1 - y) * np.log(1 - p)  # ln of pᵢ^yᵢ (1 − pᵢ)^(1 − yᵢ)
    return float(-np.mean(log_likelihood))
