"""Reference solution: trapezoid."""

import numpy as np


def trapezoid(f, a, b, n):
    """The trapezoid rule with n sub-intervals of width h = (b − a) / n.

    T_n = h [f(x_0)/2 + f(x_1) + … + f(x_{n−1}) + f(x_n)/2], with x_i = a + i h: each
    sub-interval contributes the area of a trapezoid, h (f(x_i) + f(x_{i+1})) / 2, so the inner
    points are counted twice and the two end points once. Its error is O(h²).
    """
    h = (b - a) / n
    x = np.linspace(a, b, n + 1)  # n sub-intervals need n + 1 points
    y = np.asarray(f(x), dtype=float)
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))
