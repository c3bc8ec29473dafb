"""The sum over samples instead of the mean: n times too large."""

import numpy as np

DIAGNOSIS = {"es": "veces más grande", "en": "times too large"}


def logistic_hessian(X, w):
    X = np.asarray(X, dtype=float)
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ np.diag(p * (1 - p)) @ X
