"""Everything in logs, and the final exp forgotten."""

import math

import numpy as np

DIAGNOSIS = {"es": "te faltó `np.exp`", "en": "the final `np.exp`"}


def binomial_pmf(k, n, p):
    return np.array(
        [
            math.lgamma(n + 1)
            - math.lgamma(j + 1)
            - math.lgamma(n - j + 1)
            + j * math.log(p)
            + (n - j) * math.log(1 - p)
            for j in k
        ]
    )
