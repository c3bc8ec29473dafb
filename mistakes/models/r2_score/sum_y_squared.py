"""Σy² in the denominator instead of Σ(y − ȳ)²."""

import numpy as np

DIAGNOSIS = {"es": "Σy²", "en": "Σy²"}


def r2_score(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    return float(1 - np.sum((y_true - np.asarray(y_pred, dtype=float)) ** 2) / np.sum(y_true**2))
