"""The index divided by n // k: the samples left over make a fold number k."""

import numpy as np

DIAGNOSIS = {"es": "pliegue de más", "en": "one fold too many"}


def kfold_assign(n, k):
    return np.arange(n) // (n // k)
