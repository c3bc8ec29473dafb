"""No stopping rule: all n_steps steps, even when the gradient is already below tol."""

import numpy as np

DIAGNOSIS = {"es": "falta la regla de parada", "en": "stopping rule is missing"}


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    x = np.asarray(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        x = x - lr * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
