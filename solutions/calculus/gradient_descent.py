"""Reference solution: gradient_descent (returns the whole trajectory)."""

import numpy as np


def gradient_descent(grad, x0, lr, n_steps):
    """Run n_steps of gradient descent from x0; return the n_steps + 1 points visited."""
    x = np.asarray(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        x = x - lr * grad(x)  # a new array each step: the points already stored stay as they were
        trajectory.append(x)
    return np.array(trajectory)
