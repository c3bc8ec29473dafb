"""The right coefficients in the order [w1, …, wd, b]."""

import numpy as np

DIAGNOSIS = {"es": "otro orden", "en": "another order"}


def fit_least_squares(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - y.mean()))
    return np.concatenate([w, [y.mean() - X.mean(axis=0) @ w]])
