"""KL(q‖p) instead of KL(p‖q)."""

import numpy as np

DIAGNOSIS = {"es": "KL(q‖p)", "en": "KL(q‖p)"}


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    keep = q > 0
    return float(np.sum(q[keep] * np.log(q[keep] / p[keep])))
