"""One row per input instead of one row per output: the gradient layout, shape (n, m)."""

import numpy as np

DIAGNOSIS = {"es": "una fila por cada salida", "en": "one row per output"}


def jacobian(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    rows = []
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h
        rows.append((np.atleast_1d(f(x + step)) - np.atleast_1d(f(x - step))) / (2 * h))
    return np.array(rows)  # row j is column j of the Jacobian
