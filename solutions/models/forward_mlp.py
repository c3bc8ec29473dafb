"""Reference solution: forward_mlp (layer after layer, the activation between layers and none after the last)."""

import numpy as np


def _activate(Z, activation):
    if activation == "identity":
        return Z
    if activation == "relu":
        return np.maximum(Z, 0.0)
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "sigmoid":
        return 1.0 / (1.0 + np.exp(-Z))
    raise ValueError(f'activation must be "identity", "relu", "tanh" or "sigmoid"; got {activation!r}')


def forward_mlp(X, params, activation):
    """Z_L for A_0 = X, Z_l = A_{l-1} W_l + b_l, A_l = φ(Z_l); params = [W_1, b_1, W_2, b_2, …], W_l of shape (n_{l-1}, n_l)."""
    A = np.asarray(X, dtype=float)
    n_layers = len(params) // 2
    for layer in range(n_layers):
        W = np.asarray(params[2 * layer], dtype=float)
        b = np.asarray(params[2 * layer + 1], dtype=float)
        Z = A @ W + b  # (n, n_{l-1}) @ (n_{l-1}, n_l) + (n_l,) → (n, n_l)
        A = Z if layer == n_layers - 1 else _activate(Z, activation)  # no activation after the last layer
    return A
