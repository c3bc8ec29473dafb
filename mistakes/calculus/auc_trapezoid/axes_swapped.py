"""∫ FPR d(TPR): the axes' roles swapped, which gives 1 − AUC."""

import numpy as np

DIAGNOSIS = {"es": "1 − AUC", "en": "1 − AUC"}


def auc_trapezoid(fpr, tpr):
    order = np.lexsort((tpr, fpr))
    fpr, tpr = np.asarray(fpr)[order], np.asarray(tpr)[order]
    return float(np.sum(np.diff(tpr) * (fpr[:-1] + fpr[1:]) / 2))
