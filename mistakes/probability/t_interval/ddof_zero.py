"""s with np.std's default ddof=0."""

import numpy as np

from gradiente.stats import StudentT

DIAGNOSIS = {"es": "ddof=1", "en": "ddof=1"}


def t_interval(x, confidence):
    x = np.asarray(x, dtype=float)
    t = float(StudentT(x.size - 1).ppf((1 + confidence) / 2))
    half = t * np.std(x) / np.sqrt(x.size)
    return np.array([x.mean() - half, x.mean() + half])
