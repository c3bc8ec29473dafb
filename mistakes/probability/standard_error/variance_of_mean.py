"""s² / n: the variance of the mean, without the square root."""

import numpy as np

DIAGNOSIS = {"es": "falta la raíz cuadrada", "en": "square root is missing"}


def standard_error(x):
    x = np.asarray(x, dtype=float)
    return float(np.var(x, ddof=1) / x.size)
