"""The normal quantile 1.96 where Student's t is due."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "cuantil normal", "en": "normal quantile"}


def t_interval(x, confidence):
    x = np.asarray(x, dtype=float)
    z = float(Normal().ppf((1 + confidence) / 2))
    half = z * np.std(x, ddof=1) / np.sqrt(x.size)
    return np.array([x.mean() - half, x.mean() + half])
