"""Reference solution: bootstrap_accuracy_ci."""

import numpy as np


def bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed):
    """The percentile bootstrap interval [low, high] of the accuracy, resampling the test samples."""
    correct = (np.asarray(y_true) == np.asarray(y_pred)).astype(float)  # 1 where the model is right
    n = correct.size
    rng = np.random.default_rng(seed)
    index = rng.integers(0, n, size=(n_boot, n))  # n_boot resamples of size n, with replacement
    accuracies = correct[index].mean(axis=1)  # θ*ᵇ: the accuracy on each resample (pairs stay together)
    alpha = 1 - confidence
    return np.quantile(accuracies, [alpha / 2, 1 - alpha / 2])  # [q_{α/2}, q_{1−α/2}]
