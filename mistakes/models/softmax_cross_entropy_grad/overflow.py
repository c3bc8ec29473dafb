"""softmax without subtracting the maximum: exp(1000) is inf and inf/inf is NaN."""

import numpy as np

DIAGNOSIS = {"es": "desborda", "en": "overflows"}


def softmax_cross_entropy_grad(Z, y):
    Z = np.asarray(Z, dtype=float)
    P = np.exp(Z)
    P /= P.sum(axis=1, keepdims=True)
    Y = np.eye(Z.shape[1])[y]
    return (P - Y) / Z.shape[0]
