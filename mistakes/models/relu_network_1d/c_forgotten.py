"""The output bias c is never added."""

import numpy as np

DIAGNOSIS = {"es": "olvidaste sumar el término constante c", "en": "you forgot to add the constant term c"}


def relu_network_1d(x, w, b, a, c):
    return np.maximum(0.0, np.outer(x, w) + b) @ a
