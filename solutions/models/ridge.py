"""Reference solution: ridge."""

import numpy as np


def ridge(X, y, alpha):
    """[b, w] minimising ‖y − Xw − b‖² + α‖w‖²: centre, solve (XcᵀXc + αI) w = Xcᵀyc, b = ȳ − x̄ᵀw."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean  # after centring, b no longer appears in the penalised system
    d = X.shape[1]
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(d), Xc.T @ (y - y_mean))
    b = y_mean - x_mean @ w
    return np.concatenate([[b], w])
