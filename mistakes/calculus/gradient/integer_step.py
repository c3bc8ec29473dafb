"""The step array copies x's integer type, so step[i] = 1e-5 stores 0 and every quotient is 0."""

import numpy as np

DIAGNOSIS = {"es": "np.zeros_like(x, dtype=float)", "en": "np.zeros_like(x, dtype=float)"}


def gradient(f, x, h=1e-5):
    grad = np.zeros(len(x))
    for i in range(len(x)):
        step = np.zeros_like(x)  # an integer array when x is one
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
