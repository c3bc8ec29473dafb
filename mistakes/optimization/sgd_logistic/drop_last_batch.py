"""Only full batches: the last, smaller batch of each epoch is skipped."""

import numpy as np

DIAGNOSIS = {"es": "saltaste el último lote", "en": "skipped the last batch"}


def sgd_logistic(X, y, lr, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    for _ in range(epochs):
        perm = rng.permutation(len(X))
        for start in range(0, len(X) - batch_size + 1, batch_size):
            batch = perm[start : start + batch_size]
            p = 1 / (1 + np.exp(-(X[batch] @ w)))
            w = w - lr * X[batch].T @ (p - y[batch]) / batch_size
    return w
