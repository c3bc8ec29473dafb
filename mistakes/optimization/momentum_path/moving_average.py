"""The velocity as an exponential moving average, v ← βv + (1 − β)g: momentum with a rate lr·(1 − β)."""

import numpy as np

DIAGNOSIS = {"es": "promedio móvil", "en": "moving average"}


def momentum_path(grad, x0, lr, beta, n_steps):
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)
    points = [x]
    for _ in range(n_steps):
        v = beta * v + (1 - beta) * grad(x)
        x = x - lr * v
        points.append(x)
    return np.array(points)
