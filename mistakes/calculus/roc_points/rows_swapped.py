"""TPR in row 0 and FPR in row 1: the axes of the ROC curve swapped."""

import numpy as np

DIAGNOSIS = {"es": "filas al revés", "en": "rows are swapped"}


def roc_points(y_true, scores):
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(scores)[::-1]:
        called = scores >= threshold
        tpr.append(np.mean(called[y_true == 1]))
        fpr.append(np.mean(called[y_true == 0]))
    return np.array([tpr, fpr])
