"""Returning the coefficient (u·v)/(v·v) and forgetting to multiply it by v."""

import numpy as np

DIAGNOSIS = {"es": "un solo número", "en": "a single number"}


def project(u, onto):
    u, v = np.asarray(u, dtype=float), np.asarray(onto, dtype=float)
    if not v.any():
        raise ValueError("zero vector")
    return u @ v / (v @ v)
