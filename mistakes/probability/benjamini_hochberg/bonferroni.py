"""Bonferroni instead of BH: every p-value against q/m."""

import numpy as np

DIAGNOSIS = {"es": "Bonferroni", "en": "Bonferroni"}


def benjamini_hochberg(pvalues, q=0.05):
    p = np.asarray(pvalues, dtype=float)
    return (p <= q / p.size).astype(int)
