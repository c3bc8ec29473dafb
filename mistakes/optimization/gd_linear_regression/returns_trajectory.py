"""Every w of the run stacked, instead of the last one."""

import numpy as np

DIAGNOSIS = {"es": "trayectoria entera", "en": "whole trajectory"}


def gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000):
    w = np.zeros(X.shape[1])
    trajectory = [w]
    for _ in range(max_iter):
        gradient = 2 / len(y) * X.T @ (X @ w - y)
        if np.linalg.norm(gradient) <= tol:
            break
        w = w - lr * gradient
        trajectory.append(w)
    return np.array(trajectory)
