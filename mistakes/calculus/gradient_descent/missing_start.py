"""The trajectory without its starting point x0."""

import numpy as np

DIAGNOSIS = {"es": "el punto inicial x0", "en": "starting point x0"}


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    x, points = np.asarray(x0, dtype=float), []
    for _ in range(n_steps):
        g = grad(x)
        if tol is not None and np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        points.append(x)
    return np.array(points)
