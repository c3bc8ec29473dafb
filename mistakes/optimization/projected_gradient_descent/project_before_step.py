"""The projection applied to x before the step, so the stored points are unprojected."""

import numpy as np

DIAGNOSIS = {"es": "Proyectas antes del paso", "en": "You project before the step"}


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    x = np.asarray(project(np.asarray(x0, dtype=float)), dtype=float)
    points = [x]
    for _ in range(n_steps):
        x = project(x)
        x = x - lr * grad(x)
        points.append(x)
    return np.array(points)
