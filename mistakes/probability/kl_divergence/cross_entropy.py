"""The cross-entropy −Σ p ln q instead of the divergence."""

import numpy as np

DIAGNOSIS = {"es": "entropía cruzada", "en": "cross-entropy"}


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    keep = p > 0
    return float(-np.sum(p[keep] * np.log(q[keep])))
