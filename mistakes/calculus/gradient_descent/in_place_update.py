"""`x -= …` changes the one array that every entry of the list points to."""

import numpy as np

DIAGNOSIS = {"es": "en su lugar", "en": "in place"}


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    x = np.array(x0, dtype=float, ndmin=1)
    points = [x]
    for _ in range(n_steps):
        x -= lr * grad(x)
        points.append(x)
    return np.array(points).reshape((n_steps + 1,) + np.shape(x0))
