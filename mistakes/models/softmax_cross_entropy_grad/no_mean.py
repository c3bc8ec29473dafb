"""The gradient of the summed loss: the 1/n of the mean is forgotten."""

import numpy as np

DIAGNOSIS = {"es": "falta dividir entre n", "en": "division by n"}


def softmax_cross_entropy_grad(Z, y):
    Z = np.asarray(Z, dtype=float)
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    Y = np.eye(Z.shape[1])[y]
    return P - Y
