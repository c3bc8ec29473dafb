"""Labels read as 1..k, so class y goes to column y − 1 (and class 0 to the last column)."""

import numpy as np

DIAGNOSIS = {"es": "columna equivocada", "en": "wrong column"}


def softmax_cross_entropy_grad(Z, y):
    Z = np.asarray(Z, dtype=float)
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    Y = np.eye(Z.shape[1])[np.asarray(y) - 1]
    return (P - Y) / Z.shape[0]
