"""n points instead of n sub-intervals: the rule with n − 1 sub-intervals."""

import numpy as np

DIAGNOSIS = {"es": "usaste n puntos", "en": "you used n points"}


def trapezoid(f, a, b, n):
    x = np.linspace(a, b, n)
    h = x[1] - x[0]
    y = f(x)
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))
