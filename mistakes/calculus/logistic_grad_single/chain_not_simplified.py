"""∂L/∂p · ∂p/∂z multiplied numerically: NaN when p rounds to 1."""

import numpy as np

DIAGNOSIS = {"es": "NaN", "en": "NaN"}


def logistic_grad_single(x, y, w, b):
    p = 1 / (1 + np.exp(-(np.dot(w, x) + b)))
    dL_dp = -(y / p) + (1 - y) / (1 - p)
    dL_dz = dL_dp * p * (1 - p)
    return np.append(dL_dz * x, dL_dz)
