"""Reference solution: grad_by_hand."""

import numpy as np


def grad_by_hand(x, y):
    """[∂f/∂x, ∂f/∂y] of f(x, y) = (x·y + sin x)·(x + y²), by a forward and a backward pass."""
    # Forward pass: one node per operation.
    a = x * y
    s = np.sin(x)
    u = a + s
    q = y**2
    v = x + q
    # f = u * v (its value is not needed for the gradient)

    # Backward pass: each adjoint is (upstream adjoint) × (local derivative).
    f_bar = 1.0
    u_bar = f_bar * v  # ∂(u·v)/∂u = v
    v_bar = f_bar * u  # ∂(u·v)/∂v = u
    a_bar = u_bar * 1.0  # ∂(a + s)/∂a = 1
    s_bar = u_bar * 1.0  # ∂(a + s)/∂s = 1
    q_bar = v_bar * 1.0  # ∂(x + q)/∂q = 1
    # x feeds three nodes (a, s, v): its adjoint is the sum of three contributions.
    x_bar = a_bar * y + s_bar * np.cos(x) + v_bar * 1.0
    # y feeds two nodes (a, q).
    y_bar = a_bar * x + q_bar * 2 * y
    return np.array([x_bar, y_bar], dtype=float)
