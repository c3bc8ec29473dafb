"""The ½ of the quadratic form forgotten."""

import numpy as np

DIAGNOSIS = {"es": "no lleva el ½", "en": "missing its ½"}


def mvn_logpdf(X, mu, Sigma):
    X, mu = np.asarray(X, dtype=float), np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))
    Z = np.linalg.solve(L, (X - mu).T)
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + 2 * np.sum(np.log(np.diag(L)))) - np.sum(Z**2, axis=0)
