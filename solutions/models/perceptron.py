"""Reference solution: perceptron (Rosenblatt's rule from zeros, samples in the given order)."""

import numpy as np


def perceptron(X, y, n_epochs):
    """Weights [b, w₁, …, w_d] after n_epochs passes; labels 0/1 become ±1; update when yᵢ fᵢ ≤ 0."""
    X = np.asarray(X, dtype=float)
    s = np.where(np.asarray(y) > 0, 1.0, -1.0)  # 0 → −1, 1 → +1
    b, w = 0.0, np.zeros(X.shape[1])
    for _ in range(n_epochs):
        for x_i, s_i in zip(X, s):
            if s_i * (w @ x_i + b) <= 0:  # wrong side, or on the line
                w = w + s_i * x_i
                b = b + s_i
    return np.concatenate([[b], w])
