"""Reference solution: projected_gradient_descent (a step downhill, then back to the set)."""

import numpy as np


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    """Every point of x ← project(x − lr·∇f(x)), starting at project(x0): shape (n_steps + 1, d)."""
    x = np.asarray(project(np.asarray(x0, dtype=float)), dtype=float)  # start inside the set
    points = [x]
    for _ in range(n_steps):
        x = np.asarray(project(x - lr * grad(x)), dtype=float)  # step, then the nearest feasible point
        points.append(x)
    return np.array(points)
