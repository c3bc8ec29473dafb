"""Reference solution: power_iteration (the unit vector after n_iter normalised steps)."""

import numpy as np


def power_iteration(A, v0, n_iter):
    """Start at v0/‖v0‖ and repeat v ← Av/‖Av‖ n_iter times; return the last unit vector v.

    Each step multiplies the component along the dominant eigenvector by |λ₁| and the others by at most
    |λ₂|, so the angle to that eigenvector shrinks like |λ₂/λ₁|ᵏ.
    """
    A = np.asarray(A, dtype=float)
    v = np.asarray(v0, dtype=float)
    v = v / np.linalg.norm(v)
    for _ in range(n_iter):
        w = A @ v
        v = w / np.linalg.norm(w)  # without this, ‖Aᵏv0‖ grows (or shrinks) like |λ₁|ᵏ
    return v
