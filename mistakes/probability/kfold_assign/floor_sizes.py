"""Folds of n // k samples each: the n % k left over get no fold at all."""

import numpy as np

DIAGNOSIS = {"es": "se pierden", "en": "lose the"}


def kfold_assign(n, k):
    return np.repeat(np.arange(k), n // k)
