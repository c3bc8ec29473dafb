"""The decisions returned in the sorted order of the p-values."""

import numpy as np

DIAGNOSIS = {"es": "orden original", "en": "original order"}


def benjamini_hochberg(pvalues, q=0.05):
    p = np.sort(np.asarray(pvalues, dtype=float))
    m = p.size
    below = p <= q * np.arange(1, m + 1) / m
    k = np.flatnonzero(below)[-1] + 1 if below.any() else 0
    return (np.arange(m) < k).astype(int)
