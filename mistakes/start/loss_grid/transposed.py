"""One row per w and one column per b: the transpose of what plt.contour(ws, bs, Z) expects."""

import numpy as np

DIAGNOSIS = {"es": "está transpuesta", "en": "is transposed"}


def loss_grid(x, y, ws, bs):
    Z = np.empty((len(ws), len(bs)))
    for i, w in enumerate(ws):
        for j, b in enumerate(bs):
            Z[i, j] = np.mean((w * x + b - y) ** 2)
    return Z
