"""Reference solution: kfold_assign."""

import numpy as np


def kfold_assign(n, k):
    """The fold id (0 to k - 1) of each of n samples: k contiguous folds, the first n % k one sample larger."""
    sizes = np.full(k, n // k)  # every fold gets the floor n // k ...
    sizes[: n % k] += 1  # ... and the n % k samples left over go one each to the first folds
    return np.repeat(np.arange(k), sizes)  # fold 0 sizes[0] times, then fold 1, ...
