"""The sum started at k = 1: the constant term f(x₀) is missing."""

import math

import numpy as np

DIAGNOSIS = {"es": "término constante", "en": "constant term"}


def taylor_eval(derivs, x0, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k in range(1, len(derivs)):
        total = total + derivs[k] * (x - x0) ** k / math.factorial(k)
    return total
