"""diag(σ(z)) A: the sigmoid's value where its derivative belongs."""

import numpy as np

DIAGNOSIS = {"es": "no por su derivada", "en": "not by its derivative"}


def sigmoid_layer_jacobian(A, b, x):
    A = np.asarray(A, dtype=float)
    s = 1 / (1 + np.exp(-(A @ np.asarray(x, dtype=float) + np.asarray(b, dtype=float))))
    return s[:, None] * A
