"""One point per sample after sorting: tied scores are split into several points."""

import numpy as np

DIAGNOSIS = {"es": "Junta los puntajes iguales", "en": "Merge equal scores"}


def roc_points(y_true, scores):
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    is_positive = y_true[order] == 1
    tpr = np.r_[0.0, np.cumsum(is_positive)] / is_positive.sum()
    fpr = np.r_[0.0, np.cumsum(~is_positive)] / (~is_positive).sum()
    return np.array([fpr, tpr])
