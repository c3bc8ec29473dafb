"""Reference solution: auc_trapezoid."""

import numpy as np


def auc_trapezoid(fpr, tpr):
    """The area under the curve through the points (fpr[i], tpr[i]), by the trapezoid rule.

    AUC = ∫₀¹ TPR d(FPR) ≈ Σ (FPR_{i+1} − FPR_i) (TPR_i + TPR_{i+1}) / 2, with the points first
    put in order along the curve: by FPR, and by TPR where two points share the same FPR (a ROC
    curve never goes down, so this is the order in which the curve visits them).
    """
    fpr = np.asarray(fpr, dtype=float)
    tpr = np.asarray(tpr, dtype=float)
    order = np.lexsort((tpr, fpr))  # the last key sorts first: by fpr, ties by tpr
    fpr, tpr = fpr[order], tpr[order]
    widths = np.diff(fpr)
    mean_heights = (tpr[:-1] + tpr[1:]) / 2
    return float(np.sum(widths * mean_heights))
