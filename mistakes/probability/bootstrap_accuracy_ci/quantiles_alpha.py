"""The α and 1 − α quantiles: α left out on each side, so the interval has confidence 1 − 2α."""

import numpy as np

DIAGNOSIS = {"es": "α/2", "en": "α/2"}


def bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed):
    correct = (np.asarray(y_true) == np.asarray(y_pred)).astype(float)
    n = correct.size
    index = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    accuracies = correct[index].mean(axis=1)
    alpha = 1 - confidence
    return np.quantile(accuracies, [alpha, 1 - alpha])
