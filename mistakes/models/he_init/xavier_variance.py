"""Variance 1/n_in (Xavier/LeCun) instead of He's 2/n_in."""

import numpy as np

DIAGNOSIS = {"es": "divididos entre √2", "en": "divided by √2"}


def he_init(n_in, n_out, seed):
    return np.random.default_rng(seed).normal(0.0, np.sqrt(1.0 / n_in), size=(n_in, n_out))
