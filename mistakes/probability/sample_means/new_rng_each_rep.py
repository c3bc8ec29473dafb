"""A new generator with the same seed for every repetition: every sample is the same."""

import numpy as np

DIAGNOSIS = {"es": "dentro del bucle", "en": "inside the loop"}


def sample_means(population, n, n_rep, seed):
    means = []
    for _ in range(n_rep):
        rng = np.random.default_rng(seed)
        means.append(rng.choice(population, size=n, replace=True).mean())
    return np.array(means)
