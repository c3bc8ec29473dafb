"""The matrix drawn with shape (n_out, n_in), PyTorch's convention."""

import numpy as np

DIAGNOSIS = {"es": "(n_out, n_in)", "en": "(n_out, n_in)"}


def he_init(n_in, n_out, seed):
    return np.random.default_rng(seed).normal(0.0, np.sqrt(2.0 / n_in), size=(n_out, n_in))
