"""Reference solution: vjp_chain (backpropagation as vector–Jacobian products, from the output back)."""

import numpy as np


def vjp_chain(jacobians, upstream):
    """∂L/∂x = gᵀ J_L ⋯ J_1, evaluated from the output side: one row vector times one matrix at a time."""
    g = np.asarray(upstream, dtype=float)  # ∂L/∂y_L, shape (n_L,)
    for J in reversed(jacobians):  # J_L first, J_1 last
        g = g @ np.asarray(J, dtype=float)  # (n_k,) @ (n_k, n_{k−1}) -> (n_{k−1},): ∂L/∂y_{k−1}
    return g
