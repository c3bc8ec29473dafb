"""The accuracy plus or minus 1.96 bootstrap standard errors, instead of the percentile interval."""

import numpy as np

DIAGNOSIS = {"es": "aproximación normal", "en": "normal approximation"}


def bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed):
    correct = (np.asarray(y_true) == np.asarray(y_pred)).astype(float)
    n = correct.size
    index = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    accuracies = correct[index].mean(axis=1)
    standard_error = accuracies.std(ddof=1)
    return np.array([correct.mean() - 1.96 * standard_error, correct.mean() + 1.96 * standard_error])
