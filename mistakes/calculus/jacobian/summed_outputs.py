"""The gradient of 2.1 reused as is: each difference of vectors is summed into one number."""

import numpy as np

DIAGNOSIS = {"es": "sumaste las salidas", "en": "added up the outputs"}


def jacobian(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h
        grad[j] = np.sum(f(x + step) - f(x - step)) / (2 * h)
    return grad
