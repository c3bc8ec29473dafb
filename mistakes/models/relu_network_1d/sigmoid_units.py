"""Sigmoid units instead of ReLU."""

import numpy as np

DIAGNOSIS = {"es": "unidades sigmoides", "en": "sigmoid units"}


def relu_network_1d(x, w, b, a, c):
    return c + (1.0 / (1.0 + np.exp(-(np.outer(x, w) + b)))) @ a
