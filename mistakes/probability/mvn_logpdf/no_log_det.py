"""The −½ ln|Σ| term forgotten: every value shifted by the same amount."""

import numpy as np

DIAGNOSIS = {"es": "−½ ln|Σ|", "en": "−½ ln|Σ|"}


def mvn_logpdf(X, mu, Sigma):
    X, mu = np.asarray(X, dtype=float), np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))
    Z = np.linalg.solve(L, (X - mu).T)
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + np.sum(Z**2, axis=0))
