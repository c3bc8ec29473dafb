"""The interior formula for the mode, even when b_post < 1."""

import numpy as np

DIAGNOSIS = {"es": "fuera de [0, 1]", "en": "outside [0, 1]"}


def beta_binomial(a, b, k, n):
    a_post, b_post = a + k, b + n - k
    return np.array([a_post, b_post, (a_post - 1) / (a_post + b_post - 2), a_post / (a_post + b_post)])
