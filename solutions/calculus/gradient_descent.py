"""Reference solution: gradient_descent (returns the whole trajectory; optional stopping rule)."""

import numpy as np


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    """Take up to n_steps steps x ← x − lr·∇f(x) from x0; return every point visited, x0 included.

    With ``tol``, stop before a step as soon as ‖∇f(x)‖ ≤ tol: at a minimum the gradient is 0.
    """
    x = np.asarray(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        g = grad(x)
        if tol is not None and np.linalg.norm(g) <= tol:
            break
        x = x - lr * g  # a new array each step: the points already stored stay as they were
        trajectory.append(x)
    return np.array(trajectory)
