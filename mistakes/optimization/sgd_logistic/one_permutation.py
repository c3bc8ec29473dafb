"""A single shuffle before the first epoch, reused by every epoch."""

import numpy as np

DIAGNOSIS = {"es": "el mismo orden en todas las épocas", "en": "the same order in every epoch"}


def sgd_logistic(X, y, lr, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    perm = rng.permutation(len(X))
    w = np.zeros(X.shape[1])
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):
            batch = perm[start : start + batch_size]
            p = 1 / (1 + np.exp(-(X[batch] @ w)))
            w = w - lr * X[batch].T @ (p - y[batch]) / len(batch)
    return w
