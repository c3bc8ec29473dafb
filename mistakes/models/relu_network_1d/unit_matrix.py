"""Returns the (n, k) matrix of unit outputs, without combining them."""

import numpy as np

DIAGNOSIS = {"es": "Devolviste una matriz", "en": "You returned a matrix"}


def relu_network_1d(x, w, b, a, c):
    return np.maximum(0.0, np.outer(x, w) + b)
