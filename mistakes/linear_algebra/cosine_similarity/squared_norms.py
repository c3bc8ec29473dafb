"""Dividing by (u·u)(v·v), the squared norms, instead of by ‖u‖ ‖v‖."""

import numpy as np

DIAGNOSIS = {"es": "normas al cuadrado", "en": "squared norms"}


def cosine_similarity(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(u @ v / ((u @ u) * (v @ v)))
