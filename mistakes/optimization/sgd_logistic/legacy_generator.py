"""NumPy's legacy global generator: np.random.seed(seed), np.random.permutation."""

import numpy as np

DIAGNOSIS = {"es": "el generador antiguo", "en": "old generator"}


def sgd_logistic(X, y, lr, batch_size, epochs, seed):
    np.random.seed(seed)
    w = np.zeros(X.shape[1])
    for _ in range(epochs):
        perm = np.random.permutation(len(X))
        for start in range(0, len(X), batch_size):
            batch = perm[start : start + batch_size]
            p = 1 / (1 + np.exp(-(X[batch] @ w)))
            w = w - lr * X[batch].T @ (p - y[batch]) / len(batch)
    return w
