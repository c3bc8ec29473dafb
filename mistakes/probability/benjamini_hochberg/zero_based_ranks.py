"""Python's 0-based ranks in i·q/m: every threshold one step too low."""

import numpy as np

DIAGNOSIS = {"es": "np.arange(1, m + 1)", "en": "np.arange(1, m + 1)"}


def benjamini_hochberg(pvalues, q=0.05):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p)
    below = p[order] <= q * np.arange(m) / m
    k = np.flatnonzero(below)[-1] + 1 if below.any() else 0
    reject = np.zeros(m, dtype=int)
    reject[order[:k]] = 1
    return reject
