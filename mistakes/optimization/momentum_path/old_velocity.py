"""The step taken with the velocity of the previous step, before it is updated."""

import numpy as np

DIAGNOSIS = {"es": "velocidad vieja", "en": "old velocity"}


def momentum_path(grad, x0, lr, beta, n_steps):
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)
    points = [x]
    for _ in range(n_steps):
        x_new = x - lr * v
        v = beta * v + grad(x)
        x = x_new
        points.append(x)
    return np.array(points)
