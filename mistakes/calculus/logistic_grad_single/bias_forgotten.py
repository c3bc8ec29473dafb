"""∇_w L only: the bias derivative forgotten, shape (d,) instead of (d + 1,)."""

import numpy as np

DIAGNOSIS = {"es": "falta ∂L/∂b", "en": "∂L/∂b is missing"}


def logistic_grad_single(x, y, w, b):
    p = 1 / (1 + np.exp(-(np.dot(w, x) + b)))
    return (p - y) * x
