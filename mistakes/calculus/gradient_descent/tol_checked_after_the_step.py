"""The stopping rule looks only at each new point, never at x0: from a minimum it still takes a step."""

import numpy as np

DIAGNOSIS = {"es": "antes de cada paso, también antes del primero", "en": "before every step, the first one included"}


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    x = np.asarray(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        x = x - lr * grad(x)
        trajectory.append(x)
        if tol is not None and np.linalg.norm(grad(x)) <= tol:
            break
    return np.array(trajectory)
