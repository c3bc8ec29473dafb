"""Each resample is a permutation of the n samples (no replacement): every resample has the same accuracy."""

import numpy as np

DIAGNOSIS = {"es": "sin reemplazo", "en": "without replacement"}


def bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed):
    correct = (np.asarray(y_true) == np.asarray(y_pred)).astype(float)
    rng = np.random.default_rng(seed)
    accuracies = np.array([correct[rng.permutation(correct.size)].mean() for _ in range(n_boot)])
    alpha = 1 - confidence
    return np.quantile(accuracies, [alpha / 2, 1 - alpha / 2])
