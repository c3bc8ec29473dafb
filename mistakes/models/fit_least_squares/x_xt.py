"""X Xᵀ (n × n) instead of XᵀX: n numbers come out (or a shape error)."""

import numpy as np

DIAGNOSIS = {"es": "X Xᵀ", "en": "X Xᵀ"}


def fit_least_squares(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)
    return np.linalg.lstsq(Xc @ Xc.T, y - y.mean(), rcond=None)[0]
