"""y_true and y_pred resampled with two different index matrices: each label loses its prediction."""

import numpy as np

DIAGNOSIS = {"es": "índices distintos", "en": "different indices"}


def bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    n = y_true.size
    rng = np.random.default_rng(seed)
    truths = y_true[rng.integers(0, n, size=(n_boot, n))]
    predictions = y_pred[rng.integers(0, n, size=(n_boot, n))]
    accuracies = (truths == predictions).mean(axis=1)
    alpha = 1 - confidence
    return np.quantile(accuracies, [alpha / 2, 1 - alpha / 2])
