"""Reference solution: fit_least_squares."""

import numpy as np


def fit_least_squares(X, y):
    """[b, w1…wd] minimising ‖y − Xw − b‖²: centre, solve (XcᵀXc) w = Xcᵀyc, then b = ȳ − x̄ᵀw."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean  # centring removes the intercept from the system
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - y_mean))  # normal equations, (d, d)
    b = y_mean - x_mean @ w
    return np.concatenate([[b], w])
