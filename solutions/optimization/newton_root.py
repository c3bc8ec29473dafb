"""Reference solution: newton_root (Newton's method for a root of f)."""

import numpy as np


def newton_root(f, df, x0, n_iter):
    """The iterates x₀, x₁, …, x_{n_iter} of x_{k+1} = x_k − f(x_k) / f′(x_k), as an array of shape (n_iter + 1,).

    Each step replaces f by its tangent at x_k, f(x_k) + f′(x_k)(x − x_k), and jumps to the
    tangent's root.
    """
    x = float(x0)
    iterates = [x]
    for _ in range(n_iter):
        x = x - f(x) / df(x)  # the root of the tangent line at x
        iterates.append(x)
    return np.array(iterates)
