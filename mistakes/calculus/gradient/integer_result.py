"""The result array copies x's integer type, so each partial derivative is truncated when stored."""

import numpy as np

DIAGNOSIS = {"es": "arreglo de enteros", "en": "array of integers"}


def gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)  # an integer array when x is one
    for i in range(len(x)):
        step = np.zeros(len(x))
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
