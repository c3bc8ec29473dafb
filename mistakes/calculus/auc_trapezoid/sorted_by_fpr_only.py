"""Sorted by FPR alone: on a vertical stretch the points stay top to bottom."""

import numpy as np

DIAGNOSIS = {"es": "no por TPR donde la FPR empata", "en": "not by TPR where the FPR ties"}


def auc_trapezoid(fpr, tpr):
    order = np.argsort(fpr, kind="stable")
    fpr, tpr = np.asarray(fpr, dtype=float)[order], np.asarray(tpr, dtype=float)[order]
    return float(np.sum(np.diff(fpr) * (tpr[:-1] + tpr[1:]) / 2))
