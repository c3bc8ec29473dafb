"""Reference solution: logistic_grad_single."""

import numpy as np


def logistic_grad_single(x, y, w, b):
    """[∇_w L, ∂L/∂b], shape (d + 1,), for L = −[y ln p + (1 − y) ln(1 − p)], p = σ(wᵀx + b)."""
    x = np.asarray(x, dtype=float)
    z = float(np.dot(w, x) + b)
    # σ(z) written so that exp never overflows: for z < 0 use e^z / (1 + e^z).
    p = 1.0 / (1.0 + np.exp(-z)) if z >= 0 else np.exp(z) / (1.0 + np.exp(z))
    dL_dz = p - y  # σ′(z) = p(1 − p) cancels against ∂L/∂p = (p − y) / (p(1 − p))
    return np.append(dL_dz * x, dL_dz)  # ∂z/∂w = x, ∂z/∂b = 1
