"""Reference solution: backprop_two_layer."""

import numpy as np


def backprop_two_layer(X, y, W1, b1, W2, b2, activation):
    """Gradients of the mean softmax cross-entropy, flattened as [dW1.ravel(), db1, dW2.ravel(), db2]."""
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    # forward: Z1 (n, h), A1 (n, h), Z2 (n, k), P (n, k)
    Z1 = X @ W1 + b1
    if activation == "tanh":
        A1 = np.tanh(Z1)
        derivative = 1.0 - A1**2  # tanh'(Z1)
    elif activation == "relu":
        A1 = np.maximum(Z1, 0.0)
        derivative = (Z1 > 0).astype(float)  # relu'(Z1), 0 at Z1 = 0
    elif activation == "sigmoid":
        A1 = 1.0 / (1.0 + np.exp(-Z1))
        derivative = A1 * (1.0 - A1)  # sigma'(Z1)
    else:
        raise ValueError(f"activation must be 'tanh', 'relu' or 'sigmoid'; got {activation!r}")
    Z2 = A1 @ W2 + b2
    P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    Y = np.zeros_like(P)
    Y[np.arange(n), y] = 1.0
    # backward
    delta2 = (P - Y) / n  # dL/dZ2, (n, k)
    dW2 = A1.T @ delta2  # (h, k)
    db2 = delta2.sum(axis=0)  # (k,)
    delta1 = (delta2 @ W2.T) * derivative  # dL/dZ1, (n, h)
    dW1 = X.T @ delta1  # (d, h)
    db1 = delta1.sum(axis=0)  # (h,)
    return np.concatenate([dW1.ravel(), db1, dW2.ravel(), db2])
