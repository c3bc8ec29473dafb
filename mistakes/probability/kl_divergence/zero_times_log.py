"""p · ln(p/q) everywhere: 0 · ln 0 becomes NaN."""

import numpy as np

DIAGNOSIS = {"es": "NaN", "en": "NaN"}


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    return float(np.sum(p * np.log(p / q)))
