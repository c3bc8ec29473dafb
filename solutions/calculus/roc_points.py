"""Reference solution: roc_points."""

import numpy as np


def roc_points(y_true, scores):
    """The ROC curve as an array of shape (2, k): row 0 the FPR, row 1 the TPR.

    One threshold per distinct score, from the largest down; a sample is called positive when its
    score is ≥ the threshold, so samples with equal scores change side together (one point per
    distinct score, never one per sample). The point (0, 0), nothing called positive, goes first;
    the last point is (1, 1). So k = number of distinct scores + 1.
    """
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    is_positive = y_true == 1
    n_positive = is_positive.sum()
    n_negative = is_positive.size - n_positive
    thresholds = np.unique(scores)[::-1]  # distinct scores, decreasing
    fpr, tpr = [0.0], [0.0]
    for threshold in thresholds:
        called_positive = scores >= threshold
        tpr.append(np.sum(called_positive & is_positive) / n_positive)  # TP / P
        fpr.append(np.sum(called_positive & ~is_positive) / n_negative)  # FP / N
    return np.array([fpr, tpr])
