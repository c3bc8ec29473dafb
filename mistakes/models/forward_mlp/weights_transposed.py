"""Weights read as (n_out, n_in), PyTorch's nn.Linear convention: A @ W.T."""

import numpy as np

DIAGNOSIS = {"es": "(n_out, n_in)", "en": "(n_out, n_in)"}


def forward_mlp(X, params, activation):
    phi = {"relu": lambda z: np.maximum(z, 0.0), "tanh": np.tanh, "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
    A = np.asarray(X, dtype=float)
    Ws, bs = params[::2], params[1::2]
    for i, (W, b) in enumerate(zip(Ws, bs)):
        Z = A @ W.T + b
        A = Z if i == len(Ws) - 1 else phi.get(activation, lambda z: z)(Z)
    return A
