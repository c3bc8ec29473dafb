"""Returning where the descent ended instead of the whole trajectory."""

import numpy as np

DIAGNOSIS = {"es": "trayectoria completa", "en": "whole trajectory"}


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    x = np.asarray(x0, dtype=float)
    for _ in range(n_steps):
        g = grad(x)
        if tol is not None and np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
    return x
