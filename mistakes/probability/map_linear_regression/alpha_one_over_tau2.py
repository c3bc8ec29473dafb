"""α = 1/τ²: the likelihood's σ² forgotten."""

import numpy as np

DIAGNOSIS = {"es": "α = 1/τ²", "en": "α = 1/τ²"}


def map_linear_regression(X, y, sigma2, tau2):
    Xc = X - X.mean(axis=0)
    return np.linalg.solve(Xc.T @ Xc + 1 / tau2 * np.eye(X.shape[1]), Xc.T @ (y - y.mean()))
