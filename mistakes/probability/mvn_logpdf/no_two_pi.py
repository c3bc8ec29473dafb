"""The (2π)^(−d/2) factor forgotten."""

import numpy as np

DIAGNOSIS = {"es": "(d/2) ln 2π", "en": "(d/2) ln 2π"}


def mvn_logpdf(X, mu, Sigma):
    X, mu = np.asarray(X, dtype=float), np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))
    Z = np.linalg.solve(L, (X - mu).T)
    return -0.5 * (2 * np.sum(np.log(np.diag(L))) + np.sum(Z**2, axis=0))
