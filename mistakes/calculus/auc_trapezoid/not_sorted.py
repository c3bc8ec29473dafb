"""The trapezoids in the order the points came: backwards, every width is negative."""

import numpy as np

DIAGNOSIS = {"es": "Ordena primero los puntos por FPR", "en": "Sort the points by FPR first"}


def auc_trapezoid(fpr, tpr):
    fpr, tpr = np.asarray(fpr, dtype=float), np.asarray(tpr, dtype=float)
    return float(np.sum(np.diff(fpr) * (tpr[:-1] + tpr[1:]) / 2))
