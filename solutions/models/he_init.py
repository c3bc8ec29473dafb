"""Reference solution: he_init (He's normal initialisation, drawn with a seeded NumPy generator)."""

import numpy as np


def he_init(n_in, n_out, seed):
    """A (n_in, n_out) matrix of N(0, 2/n_in) draws: standard deviation √(2/n_in), variance 2/n_in."""
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_out))
