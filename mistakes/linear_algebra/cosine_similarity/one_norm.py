"""Dividing u·v by one norm only: the answer then grows with the length of the other vector."""

import numpy as np

DIAGNOSIS = {"es": "una sola de las normas", "en": "only one of the norms"}


def cosine_similarity(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(u @ v / np.linalg.norm(u))
