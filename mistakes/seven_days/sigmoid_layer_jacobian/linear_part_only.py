"""A returned: the Jacobian of Ax + b, the sigmoid's slope forgotten."""

import numpy as np

DIAGNOSIS = {"es": "Devolviste A", "en": "You returned A"}


def sigmoid_layer_jacobian(A, b, x):
    return np.asarray(A, dtype=float)
