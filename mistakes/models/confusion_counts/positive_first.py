"""[[TP, FN], [FP, TN]]: the positive class first."""

import numpy as np

DIAGNOSIS = {"es": "clase positiva primero", "en": "positive class first"}


def confusion_counts(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true).astype(int), np.asarray(y_pred).astype(int)
    return np.array([[np.sum((y_true == i) & (y_pred == j)) for j in (1, 0)] for i in (1, 0)])
