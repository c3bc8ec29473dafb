"""The mean over axis 0 (one entry per position in the sample) instead of per row."""

import numpy as np

DIAGNOSIS = {"es": "eje equivocado", "en": "wrong axis"}


def sample_means(population, n, n_rep, seed):
    rng = np.random.default_rng(seed)
    return rng.choice(np.asarray(population, dtype=float), size=(n_rep, n), replace=True).mean(axis=0)
