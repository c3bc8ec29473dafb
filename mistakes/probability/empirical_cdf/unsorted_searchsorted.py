"""np.searchsorted on the sample as it comes, without sorting it."""

import numpy as np

DIAGNOSIS = {"es": "`np.sort(samples)`", "en": "`np.sort(samples)`"}


def empirical_cdf(samples, x):
    samples = np.asarray(samples, dtype=float)
    return np.searchsorted(samples, x, side="right") / len(samples)
