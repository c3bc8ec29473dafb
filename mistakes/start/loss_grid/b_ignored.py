"""The prediction forgets the intercept: every row of the grid is the same."""

import numpy as np

DIAGNOSIS = {"es": "no cambia con b", "en": "does not change with b"}


def loss_grid(x, y, ws, bs):
    Z = np.empty((len(bs), len(ws)))
    for i in range(len(bs)):
        for j, w in enumerate(ws):
            Z[i, j] = np.mean((w * x - y) ** 2)
    return Z
