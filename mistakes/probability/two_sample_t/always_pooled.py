"""equal_var ignored: the pooled variance even when Welch is asked for."""

import numpy as np

from gradiente.stats import StudentT

DIAGNOSIS = {"es": "equal_var=False", "en": "equal_var=False"}


def two_sample_t(x, y, equal_var):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n_x, n_y = x.size, y.size
    pooled = ((n_x - 1) * x.var(ddof=1) + (n_y - 1) * y.var(ddof=1)) / (n_x + n_y - 2)
    t = (x.mean() - y.mean()) / np.sqrt(pooled * (1 / n_x + 1 / n_y))
    return np.array([t, 2 * StudentT(n_x + n_y - 2).sf(abs(t))])
