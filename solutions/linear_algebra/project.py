"""Reference solution: project."""

import numpy as np


def project(u, onto):
    """The orthogonal projection of u on the line of ``onto``: (u·v / v·v) v, an array shaped like u."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(onto, dtype=float)
    v_dot_v = v @ v  # ‖v‖², not ‖v‖: one ‖v‖ makes the unit vector, the other measures along it
    if v_dot_v == 0:
        raise ValueError("project needs a non-zero vector `onto`: the zero vector spans no line to project on.")
    return (u @ v / v_dot_v) * v
