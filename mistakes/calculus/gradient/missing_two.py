"""Central differences divided by h instead of 2h."""

import numpy as np

DIAGNOSIS = {"es": "el doble del verdadero", "en": "twice the true one"}


def gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / h
    return grad
