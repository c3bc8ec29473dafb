"""The activation applied before the bias: φ(XW) + b."""

import numpy as np

DIAGNOSIS = {"es": "antes de sumar el sesgo", "en": "before adding the bias"}


def dense_layer(X, W, b, activation):
    Z = X @ W
    if activation == "relu":
        Z = np.maximum(Z, 0.0)
    elif activation == "sigmoid":
        Z = 1 / (1 + np.exp(-Z))
    return Z + b
