"""Returning the angle θ = arccos(cos θ) instead of the cosine."""

import numpy as np

DIAGNOSIS = {"es": "el ángulo θ", "en": "the angle θ"}


def cosine_similarity(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)), -1, 1)))
