"""The standard deviation of the data, not of its mean."""

import numpy as np

DIAGNOSIS = {"es": "falta dividir entre √n", "en": "division by √n is missing"}


def standard_error(x):
    return float(np.std(np.asarray(x, dtype=float), ddof=1))
