"""The sum of the squares at each grid point, never divided by n."""

import numpy as np

DIAGNOSIS = {"es": "sin dividir entre n", "en": "without dividing by n"}


def loss_grid(x, y, ws, bs):
    Z = np.empty((len(bs), len(ws)))
    for i, b in enumerate(bs):
        for j, w in enumerate(ws):
            Z[i, j] = np.sum((w * x + b - y) ** 2)
    return Z
