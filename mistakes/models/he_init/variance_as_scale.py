"""The variance 2/n_in given to normal as its scale (a standard deviation)."""

import numpy as np

DIAGNOSIS = {"es": "la varianza 2/n_in como escala", "en": "the variance 2/n_in as its scale"}


def he_init(n_in, n_out, seed):
    return np.random.default_rng(seed).normal(0.0, 2.0 / n_in, size=(n_in, n_out))
