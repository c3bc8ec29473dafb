"""np.std's default ddof=0: s divided by n instead of n − 1."""

import numpy as np

DIAGNOSIS = {"es": "ddof=1", "en": "ddof=1"}


def standard_error(x):
    x = np.asarray(x, dtype=float)
    return float(np.std(x) / np.sqrt(x.size))
