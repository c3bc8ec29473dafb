"""Forgot the 1/n: the gradient of the summed loss."""

import numpy as np

DIAGNOSIS = {"es": "dividir entre n", "en": "divide by n"}


def logistic_grad(X, y, w, b):
    X = np.asarray(X, dtype=float)
    p = 1.0 / (1.0 + np.exp(-(X @ np.asarray(w, dtype=float) + b)))
    r = p - np.asarray(y, dtype=float)
    return np.concatenate([X.T @ r, [r.sum()]])
