"""Reference solution: confusion_counts (2 × 2 confusion matrix, rows true, columns predicted)."""

import numpy as np


def confusion_counts(y_true, y_pred):
    """[[TN, FP], [FN, TP]] for labels in {0, 1}: entry (i, j) counts true i predicted j."""
    y_true = np.asarray(y_true).astype(int)
    y_pred = np.asarray(y_pred).astype(int)
    counts = np.zeros((2, 2), dtype=int)
    for i in (0, 1):
        for j in (0, 1):
            counts[i, j] = np.sum((y_true == i) & (y_pred == j))
    return counts
