"""Softmax treated like an element-wise sigmoid: diag(p(1 − p)), with zeros off the diagonal."""

import numpy as np

DIAGNOSIS = {"es": "fuera de la diagonal", "en": "off the diagonal"}


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    p = np.exp(z - z.max())
    p /= p.sum()
    return np.diag(p * (1 - p))
