"""Reference solution: cosine_similarity."""

import numpy as np


def cosine_similarity(u, v):
    """cos θ = u·v / (‖u‖ ‖v‖), a number in [−1, 1]; a zero vector has no direction, so it is refused."""
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    norm_u = np.sqrt(u @ u)  # ‖u‖ = √(u·u)
    norm_v = np.sqrt(v @ v)
    if norm_u == 0 or norm_v == 0:
        raise ValueError(
            "cosine_similarity needs two non-zero vectors: a zero vector has no direction, so no angle. "
            "Check for ‖u‖ = 0 or ‖v‖ = 0 before dividing."
        )
    return float(u @ v / (norm_u * norm_v))
