"""The 0/1 labels used directly: class 0 never moves the line."""

import numpy as np

DIAGNOSIS = {"es": "etiquetas 0/1 tal cual", "en": "0/1 labels as they are"}


def perceptron(X, y, n_epochs):
    X = np.asarray(X, dtype=float)
    s = np.asarray(y, dtype=float)
    b, w = 0.0, np.zeros(X.shape[1])
    for _ in range(n_epochs):
        for x_i, s_i in zip(X, s):
            if s_i * (w @ x_i + b) <= 0:
                w = w + s_i * x_i
                b = b + s_i
    return np.concatenate([[b], w])
