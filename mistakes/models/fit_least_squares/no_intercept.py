"""Least squares through the origin: the intercept is left out and reported as 0."""

import numpy as np

DIAGNOSIS = {"es": "sin intercepto", "en": "without an intercept"}


def fit_least_squares(X, y):
    X = np.asarray(X, dtype=float)
    w = np.linalg.solve(X.T @ X, X.T @ np.asarray(y, dtype=float))
    return np.concatenate([[0.0], w])
