"""The test fold standardised with its own mean and deviation, not the training fold's."""

import numpy as np

DIAGNOSIS = {"es": "su propia media", "en": "its own mean"}


def cv_scores(fit_predict, X, y, k):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    n = len(y)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    fold = np.repeat(np.arange(k), sizes)
    scores = []
    for j in range(k):
        train, test = X[fold != j], X[fold == j]
        Z_train = (train - train.mean(axis=0)) / train.std(axis=0)
        Z_test = (test - test.mean(axis=0)) / test.std(axis=0)
        scores.append(np.mean(fit_predict(Z_train, y[fold != j], Z_test) == y[fold == j]))
    return np.array(scores)
