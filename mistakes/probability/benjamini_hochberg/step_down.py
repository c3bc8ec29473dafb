"""Step-down: stops at the first sorted p-value that fails its threshold."""

import numpy as np

DIAGNOSIS = {"es": "step-up", "en": "step-up"}


def benjamini_hochberg(pvalues, q=0.05):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p)
    reject = np.zeros(m, dtype=int)
    for rank, index in enumerate(order, start=1):
        if p[index] > rank * q / m:
            break
        reject[index] = 1
    return reject
