"""The n % k samples left over all go to the last fold."""

import numpy as np

DIAGNOSIS = {"es": "último pliegue", "en": "last fold"}


def kfold_assign(n, k):
    sizes = np.full(k, n // k)
    sizes[-1] += n % k
    return np.repeat(np.arange(k), sizes)
