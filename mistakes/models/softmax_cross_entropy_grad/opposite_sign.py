"""Y − P instead of P − Y: the direction that increases the loss."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "opposite sign"}


def softmax_cross_entropy_grad(Z, y):
    Z = np.asarray(Z, dtype=float)
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    Y = np.eye(Z.shape[1])[y]
    return (Y - P) / Z.shape[0]
