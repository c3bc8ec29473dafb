"""Reference solution: loss_grid (the MSE of the line w·x + b at every point of a grid)."""

import numpy as np


def loss_grid(x, y, ws, bs):
    """J(w, b) = (1/n) Σ (w xᵢ + b − yᵢ)² for every w in ws and b in bs.

    Entry [i, j] is J(ws[j], bs[i]): one row per b and one column per w, the layout
    ``plt.contour(ws, bs, Z)`` expects (x runs along the columns, y along the rows).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    ws = np.asarray(ws, dtype=float)
    bs = np.asarray(bs, dtype=float)
    Z = np.empty((len(bs), len(ws)))
    for i, b in enumerate(bs):
        for j, w in enumerate(ws):
            Z[i, j] = np.mean((w * x + b - y) ** 2)
    return Z
