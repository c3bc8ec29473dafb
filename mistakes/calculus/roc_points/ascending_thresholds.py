"""The thresholds in np.unique's increasing order: the curve is walked backwards after (0, 0)."""

import numpy as np

DIAGNOSIS = {"es": "de menor a mayor", "en": "from smallest to largest"}


def roc_points(y_true, scores):
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(scores):
        called = scores >= threshold
        tpr.append(np.mean(called[y_true == 1]))
        fpr.append(np.mean(called[y_true == 0]))
    return np.array([fpr, tpr])
