"""Reference solution: sigmoid_layer_jacobian (the Jacobian of x ↦ σ(Ax + b))."""

import numpy as np


def sigmoid_layer_jacobian(A, b, x):
    """J = diag(σ′(z)) A with z = Ax + b and σ′ = σ(1 − σ): shape (m, n), row i = ∇ of output i."""
    z = A @ x + b
    s = 1 / (1 + np.exp(-z))
    return (s * (1 - s))[:, None] * A  # scales row i of A by σ′(zᵢ), as diag(σ′(z)) @ A would
