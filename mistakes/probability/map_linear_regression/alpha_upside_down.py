"""α = τ²/σ²: the ratio turned over."""

import numpy as np

DIAGNOSIS = {"es": "α = τ²/σ²", "en": "α = τ²/σ²"}


def map_linear_regression(X, y, sigma2, tau2):
    Xc = X - X.mean(axis=0)
    return np.linalg.solve(Xc.T @ Xc + tau2 / sigma2 * np.eye(X.shape[1]), Xc.T @ (y - y.mean()))
