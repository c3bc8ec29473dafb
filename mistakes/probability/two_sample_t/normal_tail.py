"""The p-value from the standard normal instead of Student's t."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "StudentT(df).sf", "en": "StudentT(df).sf"}


def two_sample_t(x, y, equal_var):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n_x, n_y = x.size, y.size
    var_x, var_y = x.var(ddof=1), y.var(ddof=1)
    if equal_var:
        pooled = ((n_x - 1) * var_x + (n_y - 1) * var_y) / (n_x + n_y - 2)
        se = np.sqrt(pooled * (1 / n_x + 1 / n_y))
    else:
        se = np.sqrt(var_x / n_x + var_y / n_y)
    t = (x.mean() - y.mean()) / se
    return np.array([t, 2 * Normal().sf(abs(t))])
