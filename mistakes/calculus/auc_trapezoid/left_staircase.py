"""Rectangles as tall as the left point: the diagonal pieces lose their triangle."""

import numpy as np

DIAGNOSIS = {"es": "escalera", "en": "staircase"}


def auc_trapezoid(fpr, tpr):
    order = np.lexsort((tpr, fpr))
    fpr, tpr = np.asarray(fpr)[order], np.asarray(tpr)[order]
    return float(np.sum(np.diff(fpr) * tpr[:-1]))
