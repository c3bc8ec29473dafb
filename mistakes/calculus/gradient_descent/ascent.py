"""Adding the gradient: the path climbs."""

import numpy as np

DIAGNOSIS = {"es": "sube en vez de bajar", "en": "climbs instead of descending"}


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    points = [np.asarray(x0, dtype=float)]
    for _ in range(n_steps):
        g = grad(points[-1])
        if tol is not None and np.linalg.norm(g) <= tol:
            break
        points.append(points[-1] + lr * g)
    return np.array(points)
