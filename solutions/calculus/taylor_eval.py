"""Reference solution: taylor_eval (the Taylor polynomial from a list of derivatives)."""

import math

import numpy as np


def taylor_eval(derivs, x0, x):
    """Σₖ derivs[k]·(x − x₀)ᵏ / k! for k = 0 … len(derivs) − 1, an array shaped like x.

    derivs[k] is the k-th derivative of f at x₀ (derivs[0] = f(x₀) itself).
    """
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, derivative in enumerate(derivs):
        total = total + derivative * (x - x0) ** k / math.factorial(k)
    return total
