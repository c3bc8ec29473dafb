"""No bias at all: φ(XW)."""

import numpy as np

DIAGNOSIS = {"es": "falta el sesgo", "en": "the bias b is missing"}


def dense_layer(X, W, b, activation):
    Z = X @ W
    if activation == "relu":
        return np.maximum(Z, 0.0)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-Z))
    return Z
