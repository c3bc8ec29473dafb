"""n degrees of freedom instead of n − 1."""

import numpy as np

from gradiente.stats import StudentT

DIAGNOSIS = {"es": "ya gastó uno", "en": "already spent one"}


def t_interval(x, confidence):
    x = np.asarray(x, dtype=float)
    t = float(StudentT(x.size).ppf((1 + confidence) / 2))
    half = t * np.std(x, ddof=1) / np.sqrt(x.size)
    return np.array([x.mean() - half, x.mean() + half])
