"""The eigenvalues of the covariance in np.linalg.eigh's order: from the smallest up."""

import numpy as np

DIAGNOSIS = {"es": "orden creciente", "en": "increasing order"}


def explained_variance_ratio(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values = np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))
    return values / values.sum()
