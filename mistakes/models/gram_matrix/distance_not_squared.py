"""The RBF kernel with the distance itself, e^(−γ‖x − z‖), instead of its square."""

import numpy as np

DIAGNOSIS = {"es": "sin elevarla al cuadrado", "en": "without squaring it"}


def gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0):
    X, Z = np.asarray(X, dtype=float), np.asarray(Z, dtype=float)
    if kernel == "linear":
        return X @ Z.T
    if kernel == "poly":
        return (gamma * X @ Z.T + coef0) ** degree
    distances = np.sqrt(((X[:, None, :] - Z[None, :, :]) ** 2).sum(axis=2))
    return np.exp(-gamma * distances)
