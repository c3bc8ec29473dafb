"""Standardising the whole X before the split: the test fold's values shape the mean and the deviation."""

import numpy as np

DIAGNOSIS = {"es": "estandarizar antes de partir", "en": "standardising before the split"}


def cv_scores(fit_predict, X, y, k):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    n = len(y)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    fold = np.repeat(np.arange(k), sizes)
    return np.array([np.mean(fit_predict(Z[fold != j], y[fold != j], Z[fold == j]) == y[fold == j]) for j in range(k)])
