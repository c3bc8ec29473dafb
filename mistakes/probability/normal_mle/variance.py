"""The variance returned where σ was asked for."""

import numpy as np

DIAGNOSIS = {"es": "raíz cuadrada", "en": "square root"}


def normal_mle(x):
    x = np.asarray(x, dtype=float)
    return np.array([x.mean(), np.mean((x - x.mean()) ** 2)])
