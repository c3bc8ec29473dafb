"""Z against X: the matrix comes out (len(Z), len(X))."""

import numpy as np

DIAGNOSIS = {"es": "transpuesta", "en": "transposed"}


def gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0):
    X, Z = np.asarray(X, dtype=float), np.asarray(Z, dtype=float)
    inner = Z @ X.T
    if kernel == "linear":
        return inner
    if kernel == "poly":
        return (gamma * inner + coef0) ** degree
    squared = ((Z[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)
    return np.exp(-gamma * squared)
