"""Projecting `onto` on u: the roles of the two vectors swapped."""

import numpy as np

DIAGNOSIS = {"es": "al revés", "en": "the wrong way round"}


def project(u, onto):
    u, v = np.asarray(u, dtype=float), np.asarray(onto, dtype=float)
    if not v.any():
        raise ValueError("zero vector")
    return (v @ u / (u @ u)) * u
