"""The RBF exponent with the wrong sign: e^(+γ‖x − z‖²) grows with the distance."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0):
    X, Z = np.asarray(X, dtype=float), np.asarray(Z, dtype=float)
    if kernel == "linear":
        return X @ Z.T
    if kernel == "poly":
        return (gamma * X @ Z.T + coef0) ** degree
    squared = ((X[:, None, :] - Z[None, :, :]) ** 2).sum(axis=2)
    return np.exp(gamma * squared)
