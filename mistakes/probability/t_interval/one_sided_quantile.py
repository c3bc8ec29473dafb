"""The quantile at `confidence` instead of (1 + confidence)/2."""

import numpy as np

from gradiente.stats import StudentT

DIAGNOSIS = {"es": "(1 +", "en": "(1 +"}


def t_interval(x, confidence):
    x = np.asarray(x, dtype=float)
    t = float(StudentT(x.size - 1).ppf(confidence))
    half = t * np.std(x, ddof=1) / np.sqrt(x.size)
    return np.array([x.mean() - half, x.mean() + half])
