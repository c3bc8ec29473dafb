"""Reference solution: softmax_jacobian."""

import numpy as np


def softmax_jacobian(z):
    """The Jacobian of p = softmax(z), shape (k, k): ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ), that is diag(p) − p pᵀ."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())  # shifting every logit by the same amount leaves p unchanged, and exp cannot overflow
    p = e / e.sum()
    return np.diag(p) - np.outer(p, p)
