"""X diag(p(1 − p)) Xᵀ: the product on the wrong side, an (n, n) matrix over samples."""

import numpy as np

DIAGNOSIS = {"es": "(n, n)", "en": "(n, n)"}


def logistic_hessian(X, w):
    X = np.asarray(X, dtype=float)
    p = 1 / (1 + np.exp(-(X @ w)))
    return (X * (p * (1 - p))[:, None]) @ X.T / X.shape[0]  # rows of X scaled, then X Xᵀ: (n, n)
