"""A column of ones added and α added to the whole diagonal: the intercept is shrunk too."""

import numpy as np

DIAGNOSIS = {"es": "Penalizaste también el intercepto", "en": "You also penalised the intercept"}


def ridge(X, y, alpha):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    return np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ np.asarray(y, dtype=float))
