"""The start stored as given: the first row is x0, outside the set."""

import numpy as np

DIAGNOSIS = {"es": "proyecta también el punto de partida", "en": "project the starting point too"}


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    x = np.asarray(x0, dtype=float)
    points = [x]
    for _ in range(n_steps):
        x = np.asarray(project(x - lr * grad(x)), dtype=float)
        points.append(x)
    return np.array(points)
