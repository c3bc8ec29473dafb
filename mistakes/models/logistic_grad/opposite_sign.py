"""(y − p) instead of (p − y): the gradient of the log-likelihood, not of the loss."""

import numpy as np

DIAGNOSIS = {"es": "(y − p)", "en": "(y − p)"}


def logistic_grad(X, y, w, b):
    X = np.asarray(X, dtype=float)
    p = 1.0 / (1.0 + np.exp(-(X @ np.asarray(w, dtype=float) + b)))
    r = np.asarray(y, dtype=float) - p
    return np.concatenate([X.T @ r / len(y), [r.mean()]])
