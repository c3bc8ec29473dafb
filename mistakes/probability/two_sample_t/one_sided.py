"""One tail only: p = P(T ≥ |t|), half the two-sided p-value."""

import numpy as np

from gradiente.stats import StudentT

DIAGNOSIS = {"es": "una sola cola", "en": "one tail only"}


def two_sample_t(x, y, equal_var):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n_x, n_y = x.size, y.size
    var_x, var_y = x.var(ddof=1), y.var(ddof=1)
    if equal_var:
        pooled = ((n_x - 1) * var_x + (n_y - 1) * var_y) / (n_x + n_y - 2)
        se, df = np.sqrt(pooled * (1 / n_x + 1 / n_y)), n_x + n_y - 2
    else:
        a, b = var_x / n_x, var_y / n_y
        se, df = np.sqrt(a + b), (a + b) ** 2 / (a**2 / (n_x - 1) + b**2 / (n_y - 1))
    t = (x.mean() - y.mean()) / se
    return np.array([t, StudentT(df).sf(abs(t))])
