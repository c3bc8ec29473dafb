"""xᵏ where (x − x₀)ᵏ belongs: right only when x₀ = 0."""

import math

import numpy as np

DIAGNOSIS = {"es": "(x − x₀)ᵏ", "en": "(x − x₀)ᵏ"}


def taylor_eval(derivs, x0, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, d in enumerate(derivs):
        total = total + d * x**k / math.factorial(k)
    return total
