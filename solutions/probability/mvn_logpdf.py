"""Reference solution: mvn_logpdf (Cholesky and a triangular solve: no inverse, no determinant)."""

import numpy as np


def mvn_logpdf(X, mu, Sigma):
    """ln N(x; μ, Σ) for each row x of X (shape (n, d)): an array of shape (n,)."""
    X = np.asarray(X, dtype=float)
    mu = np.asarray(mu, dtype=float)
    L = np.linalg.cholesky(np.asarray(Sigma, dtype=float))  # Σ = L Lᵀ, L lower triangular
    d = X.shape[1]
    Z = np.linalg.solve(L, (X - mu).T)  # L z = x − μ, one column per point
    mahalanobis_sq = np.sum(Z**2, axis=0)  # (x − μ)ᵀ Σ⁻¹ (x − μ) = ‖L⁻¹(x − μ)‖²
    log_det = 2 * np.sum(np.log(np.diag(L)))  # ln|Σ| = 2 Σᵢ ln Lᵢᵢ: no det, so no underflow
    return -0.5 * (d * np.log(2 * np.pi) + log_det + mahalanobis_sq)
