"""Reference solution: momentum_path (heavy-ball momentum, as gradiente.optim.Momentum and PyTorch write it)."""

import numpy as np


def momentum_path(grad, x0, lr, beta, n_steps):
    """Every point of n_steps momentum steps from x0, x0 included: an array of shape (n_steps + 1, d).

    v₀ = 0; each step v ← βv + ∇f(x), then x ← x − lr·v (the new v). With beta = 0 it is plain
    gradient descent.
    """
    x = np.asarray(x0, dtype=float)
    v = np.zeros_like(x)  # the velocity: a running sum of past gradients, each one shrunk by β per step
    trajectory = [x]
    for _ in range(n_steps):
        v = beta * v + grad(x)
        x = x - lr * v  # with the velocity just updated
        trajectory.append(x)
    return np.array(trajectory)
