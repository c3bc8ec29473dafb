"""Reference solution: benjamini_hochberg (the step-up procedure, answers in the original order)."""

import numpy as np


def benjamini_hochberg(pvalues, q=0.05):
    """0/1 per p-value, in the order given: 1 where BH rejects H₀ at false discovery rate ``q``."""
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")  # ranks 1..m from the smallest p
    thresholds = q * np.arange(1, m + 1) / m  # i·q/m for i = 1..m
    below = p[order] <= thresholds
    k = np.flatnonzero(below)[-1] + 1 if below.any() else 0  # the LARGEST i with p_(i) ≤ i·q/m (step-up)
    reject = np.zeros(m, dtype=int)
    reject[order[:k]] = 1  # back in the original order
    return reject
