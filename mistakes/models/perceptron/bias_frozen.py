"""The bias is never updated: the line is stuck through the origin."""

import numpy as np

DIAGNOSIS = {"es": "sesgo b nunca cambia", "en": "bias b never changes"}


def perceptron(X, y, n_epochs):
    X = np.asarray(X, dtype=float)
    s = np.where(np.asarray(y) > 0, 1.0, -1.0)
    b, w = 0.0, np.zeros(X.shape[1])
    for _ in range(n_epochs):
        for x_i, s_i in zip(X, s):
            if s_i * (w @ x_i + b) <= 0:
                w = w + s_i * x_i
    return np.concatenate([[b], w])
