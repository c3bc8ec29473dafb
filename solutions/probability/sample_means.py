"""Reference solution: sample_means (the sampling distribution of the mean, by simulation)."""

import numpy as np


def sample_means(population, n, n_rep, seed):
    """The means of n_rep samples of size n drawn with replacement from population; shape (n_rep,)."""
    rng = np.random.default_rng(seed)  # one generator for the whole simulation
    samples = rng.choice(np.asarray(population, dtype=float), size=(n_rep, n), replace=True)  # one sample per row
    return samples.mean(axis=1)
