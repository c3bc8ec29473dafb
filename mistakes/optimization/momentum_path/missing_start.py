"""The path without its starting point x0."""

import numpy as np

DIAGNOSIS = {"es": "falta el punto inicial x0", "en": "starting point x0 is missing"}


def momentum_path(grad, x0, lr, beta, n_steps):
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)
    points = []
    for _ in range(n_steps):
        v = beta * v + grad(x)
        x = x - lr * v
        points.append(x)
    return np.array(points).reshape(n_steps, -1)
