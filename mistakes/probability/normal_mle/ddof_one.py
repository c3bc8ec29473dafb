"""The sample standard deviation (n − 1) instead of the maximum likelihood one (n)."""

import numpy as np

DIAGNOSIS = {"es": "ddof=1", "en": "ddof=1"}


def normal_mle(x):
    x = np.asarray(x, dtype=float)
    return np.array([x.mean(), x.std(ddof=1)])
