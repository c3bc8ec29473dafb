"""Reference solution: dense_layer (an affine map of a batch, then a non-linearity)."""

import numpy as np


def dense_layer(X, W, b, activation):
    """φ(XW + b) for a batch X of shape (n, n_in), W of shape (n_in, n_out), b of shape (n_out,)."""
    X = np.asarray(X, dtype=float)
    Z = X @ np.asarray(W, dtype=float) + np.asarray(b, dtype=float)  # b is added to every row (broadcasting)
    if activation == "identity":
        return Z
    if activation == "relu":
        return np.maximum(Z, 0.0)
    if activation == "sigmoid":
        return 1.0 / (1.0 + np.exp(-Z))
    raise ValueError(f'activation must be "identity", "relu" or "sigmoid"; got {activation!r}')
