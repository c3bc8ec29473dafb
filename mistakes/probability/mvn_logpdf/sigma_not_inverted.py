"""Σ where Σ⁻¹ belongs in the quadratic form."""

import numpy as np

DIAGNOSIS = {"es": "Σ en lugar de Σ⁻¹", "en": "Σ instead of Σ⁻¹"}


def mvn_logpdf(X, mu, Sigma):
    X, mu, Sigma = np.asarray(X, dtype=float), np.asarray(mu, dtype=float), np.asarray(Sigma, dtype=float)
    diff = X - mu
    log_det = 2 * np.sum(np.log(np.diag(np.linalg.cholesky(Sigma))))
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + log_det + np.sum(diff * (diff @ Sigma), axis=1))
