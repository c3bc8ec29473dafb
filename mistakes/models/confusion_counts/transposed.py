"""Rows predicted, columns true."""

import numpy as np

DIAGNOSIS = {"es": "traspuesta", "en": "transposed"}


def confusion_counts(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true).astype(int), np.asarray(y_pred).astype(int)
    return np.array([[np.sum((y_pred == i) & (y_true == j)) for j in (0, 1)] for i in (0, 1)])
