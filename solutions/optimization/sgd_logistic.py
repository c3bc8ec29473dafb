"""Reference solution: sgd_logistic (mini-batch SGD on the mean cross-entropy of logistic regression)."""

import numpy as np


def sgd_logistic(X, y, lr, batch_size, epochs, seed):
    """The weights w (one per column of X) after `epochs` epochs of mini-batch SGD from w = 0.

    rng = np.random.default_rng(seed); each epoch, perm = rng.permutation(n) and the batches are
    perm[i:i + batch_size] for i = 0, batch_size, 2·batch_size, … (the last may be smaller). Each batch B
    moves w ← w − lr·g_B with g_B = X_Bᵀ(σ(X_B w) − y_B)/|B|, the mean gradient over the batch.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n_samples, n_features = X.shape
    rng = np.random.default_rng(seed)
    w = np.zeros(n_features)
    for _ in range(epochs):
        perm = rng.permutation(n_samples)  # a new order every epoch
        for start in range(0, n_samples, batch_size):
            batch = perm[start : start + batch_size]
            p = 1 / (1 + np.exp(-(X[batch] @ w)))  # σ(Xw): the predicted probabilities
            g = X[batch].T @ (p - y[batch]) / len(batch)  # ∇ of the mean cross-entropy over the batch
            w = w - lr * g
    return w
