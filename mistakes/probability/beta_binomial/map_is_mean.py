"""The MAP without the -1 and -2: the posterior mean twice."""

import numpy as np

DIAGNOSIS = {"es": "la media de la distribución a posteriori", "en": "the posterior mean"}


def beta_binomial(a, b, k, n):
    a_post, b_post = a + k, b + n - k
    mean = a_post / (a_post + b_post)
    return np.array([a_post, b_post, mean, mean])
