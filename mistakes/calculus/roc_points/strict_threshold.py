"""score > threshold instead of ≥: the curve is one threshold late and never reaches (1, 1)."""

import numpy as np

DIAGNOSIS = {"es": "puntaje ≥ umbral", "en": "score ≥ threshold"}


def roc_points(y_true, scores):
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(scores)[::-1]:
        called = scores > threshold
        tpr.append(np.mean(called[y_true == 1]))
        fpr.append(np.mean(called[y_true == 0]))
    return np.array([fpr, tpr])
