"""ln(det Σ) computed from the determinant: fine in d = 4 or 30, −∞ once |Σ| underflows (d = 200)."""

import numpy as np

DIAGNOSIS = {"es": "2 Σᵢ ln Lᵢᵢ", "en": "2 Σᵢ ln Lᵢᵢ"}


def mvn_logpdf(X, mu, Sigma):
    X, mu, Sigma = np.asarray(X, dtype=float), np.asarray(mu, dtype=float), np.asarray(Sigma, dtype=float)
    diff = X - mu
    mahalanobis_sq = np.sum(diff * (diff @ np.linalg.inv(Sigma)), axis=1)
    with np.errstate(divide="ignore"):
        log_det = np.log(np.linalg.det(Sigma))
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + log_det + mahalanobis_sq)
