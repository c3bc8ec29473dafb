"""σ from the raw second moment: the mean is never subtracted."""

import numpy as np

DIAGNOSIS = {"es": "restar la media", "en": "subtract the mean"}


def normal_mle(x):
    x = np.asarray(x, dtype=float)
    return np.array([x.mean(), np.sqrt(np.mean(x**2))])
