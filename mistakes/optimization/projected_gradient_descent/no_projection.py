"""Plain gradient descent after a projected start: the steps are never projected."""

import numpy as np

DIAGNOSIS = {"es": "no proyectas el resultado", "en": "do not project the result"}


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    x = np.asarray(project(np.asarray(x0, dtype=float)), dtype=float)
    points = [x]
    for _ in range(n_steps):
        x = x - lr * grad(x)
        points.append(x)
    return np.array(points)
