"""equal_var ignored the other way: Welch even when the pooled variance is asked for."""

import numpy as np

from gradiente.stats import StudentT

DIAGNOSIS = {"es": "equal_var=True", "en": "equal_var=True"}


def two_sample_t(x, y, equal_var):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    a, b = x.var(ddof=1) / x.size, y.var(ddof=1) / y.size
    df = (a + b) ** 2 / (a**2 / (x.size - 1) + b**2 / (y.size - 1))
    t = (x.mean() - y.mean()) / np.sqrt(a + b)
    return np.array([t, 2 * StudentT(df).sf(abs(t))])
