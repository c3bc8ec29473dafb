"""Fold ids from 1 to k instead of 0 to k - 1."""

import numpy as np

DIAGNOSIS = {"es": "desde 0", "en": "from 0"}


def kfold_assign(n, k):
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    return np.repeat(np.arange(1, k + 1), sizes)
