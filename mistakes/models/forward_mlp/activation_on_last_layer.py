"""The activation applied after every layer, the last one included."""

import numpy as np

DIAGNOSIS = {"es": "después de la última capa", "en": "after the last layer"}


def forward_mlp(X, params, activation):
    phi = {"relu": lambda z: np.maximum(z, 0.0), "tanh": np.tanh, "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
    A = np.asarray(X, dtype=float)
    for W, b in zip(params[::2], params[1::2]):
        A = phi.get(activation, lambda z: z)(A @ W + b)
    return A
