"""Reference solution: beta_binomial."""

import numpy as np


def beta_binomial(a, b, k, n):
    """[a', b', MAP, mean] of the posterior Beta(a + k, b + n - k) after k successes in n trials."""
    a_post = a + k  # each success adds one to a
    b_post = b + n - k  # each failure (n - k of them) adds one to b
    if a_post < 1:
        mode = 0.0  # the density grows without bound at p = 0
    elif b_post < 1:
        mode = 1.0  # ... or at p = 1
    else:
        mode = (a_post - 1) / (a_post + b_post - 2)  # where the derivative of ln Beta(p; a', b') is 0
    mean = a_post / (a_post + b_post)
    return np.array([a_post, b_post, mode, mean], dtype=float)
