"""The MAP as k/n: the prior left out of the maximisation."""

import numpy as np

DIAGNOSIS = {"es": "dejaste fuera la distribución a priori", "en": "you left the prior out"}


def beta_binomial(a, b, k, n):
    a_post, b_post = a + k, b + n - k
    return np.array([a_post, b_post, k / n, a_post / (a_post + b_post)])
