"""No standardisation at all: the features with the largest scale decide the distances."""

import numpy as np

DIAGNOSIS = {"es": "sin estandarizar", "en": "unscaled"}


def cv_scores(fit_predict, X, y, k):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    n = len(y)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    fold = np.repeat(np.arange(k), sizes)
    return np.array([np.mean(fit_predict(X[fold != j], y[fold != j], X[fold == j]) == y[fold == j]) for j in range(k)])
