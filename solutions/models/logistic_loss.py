"""Reference solution: logistic_loss (mean log loss of logistic regression, computed stably from z)."""

import numpy as np


def logistic_loss(X, y, w, b):
    """Mean log loss −(1/n) Σ [y ln p + (1 − y) ln(1 − p)], p = σ(Xw + b), for y in {0, 1}."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    z = X @ np.asarray(w, dtype=float) + b
    # −ln σ(z) = ln(1 + e^{−z}) and −ln(1 − σ(z)) = ln(1 + e^{z}): logaddexp never overflows.
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))
