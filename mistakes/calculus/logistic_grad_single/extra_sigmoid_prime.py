"""An extra σ′(z) = p(1 − p) factor, as with a squared error."""

import numpy as np

DIAGNOSIS = {"es": "σ′(z) = p(1 − p)", "en": "σ′(z) = p(1 − p)"}


def logistic_grad_single(x, y, w, b):
    p = 1 / (1 + np.exp(-(np.dot(w, x) + b)))
    dL_dz = (p - y) * p * (1 - p)
    return np.append(dL_dz * x, dL_dz)
