"""Predicting the training folds and scoring against y_train: how much is memorised, not generalised."""

import numpy as np

DIAGNOSIS = {"es": "pliegue de entrenamiento", "en": "training folds"}


def cv_scores(fit_predict, X, y, k):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    n = len(y)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    fold = np.repeat(np.arange(k), sizes)
    scores = []
    for j in range(k):
        train = fold != j
        mean, std = X[train].mean(axis=0), X[train].std(axis=0)
        Z_train = (X[train] - mean) / std
        scores.append(np.mean(fit_predict(Z_train, y[train], Z_train) == y[train]))
    return np.array(scores)
