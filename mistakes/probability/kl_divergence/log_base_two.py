"""Bits instead of nats: log₂."""

import numpy as np

DIAGNOSIS = {"es": "log₂", "en": "log₂"}


def kl_divergence(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    keep = p > 0
    return float(np.sum(p[keep] * np.log2(p[keep] / q[keep])))
