"""Reference solution: sigmoid_layer_jacobian (the Jacobian of x ↦ σ(Ax + b): diag(σ′(z)) A)."""

import numpy as np


def sigmoid_layer_jacobian(A, b, x):
    """The (m, n) Jacobian of σ(Ax + b) at x: row i is σ′(zᵢ) times row i of A, with σ′ = σ(1 − σ)."""
    A = np.asarray(A, dtype=float)
    z = A @ np.asarray(x, dtype=float) + np.asarray(b, dtype=float)
    s = np.exp(-np.logaddexp(0.0, -z))  # σ(z) without overflow, even at z = ±1000
    return (s * (1.0 - s))[:, None] * A  # diag(σ′(z)) A: each row scaled by its own unit's slope
