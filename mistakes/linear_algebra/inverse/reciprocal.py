"""1/A: the reciprocal of every entry, not the inverse matrix."""

import numpy as np

DIAGNOSIS = {"es": "Calculaste 1/A entrada por entrada", "en": "You computed 1/A entry by entry"}


def inverse(A):
    return 1.0 / np.asarray(A, dtype=float)
