"""Dividing by ‖v‖ instead of ‖v‖² = v·v: the shadow comes out ‖v‖ times too long."""

import numpy as np

DIAGNOSIS = {"es": "en vez de entre ‖v‖²", "en": "instead of ‖v‖²"}


def project(u, onto):
    u, v = np.asarray(u, dtype=float), np.asarray(onto, dtype=float)
    if not v.any():
        raise ValueError("zero vector")
    return (u @ v / np.linalg.norm(v)) * v
