"""Reference solution: map_linear_regression."""

import numpy as np


def map_linear_regression(X, y, sigma2, tau2):
    """The MAP weights w under y = Xw + b + noise N(0, σ²) and the prior w ~ N(0, τ² I): ridge with α = σ²/τ²."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)  # centring removes the intercept (flat prior on b)
    yc = y - y.mean()
    alpha = sigma2 / tau2  # -ln posterior · 2σ² = ‖y - Xw‖² + (σ²/τ²)‖w‖²
    return np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
