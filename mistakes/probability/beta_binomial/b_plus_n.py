"""Every trial added to b: b + n instead of b + n - k."""

import numpy as np

DIAGNOSIS = {"es": "b + n", "en": "b + n"}


def beta_binomial(a, b, k, n):
    a_post, b_post = a + k, b + n
    mode = (a_post - 1) / (a_post + b_post - 2)
    return np.array([a_post, b_post, min(max(mode, 0.0), 1.0), a_post / (a_post + b_post)])
