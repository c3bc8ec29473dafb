"""(X − μ) Σ⁻¹ (X − μ)ᵀ: an n × n matrix that pairs every point with every other."""

import numpy as np

DIAGNOSIS = {"es": "fila por fila", "en": "row by row"}


def mvn_logpdf(X, mu, Sigma):
    X, mu, Sigma = np.asarray(X, dtype=float), np.asarray(mu, dtype=float), np.asarray(Sigma, dtype=float)
    diff = X - mu
    log_det = 2 * np.sum(np.log(np.diag(np.linalg.cholesky(Sigma))))
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + log_det + diff @ np.linalg.inv(Sigma) @ diff.T)
