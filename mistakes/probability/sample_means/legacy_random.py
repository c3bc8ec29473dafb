"""The legacy global generator: np.random.seed and np.random.choice."""

import numpy as np

DIAGNOSIS = {"es": "generador antiguo", "en": "old generator"}


def sample_means(population, n, n_rep, seed):
    np.random.seed(seed)
    return np.random.choice(population, size=(n_rep, n), replace=True).mean(axis=1)
