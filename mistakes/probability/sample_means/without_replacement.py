"""Each sample drawn without replacement."""

import numpy as np

DIAGNOSIS = {"es": "sin reemplazo", "en": "without replacement"}


def sample_means(population, n, n_rep, seed):
    rng = np.random.default_rng(seed)
    return np.array([rng.choice(population, size=n, replace=False).mean() for _ in range(n_rep)])
