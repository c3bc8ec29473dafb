"""|det A| as if a small determinant meant an ill-conditioned matrix."""

import numpy as np

DIAGNOSIS = {"es": "Devolviste |det A|", "en": "You returned |det A|"}


def condition_number(A):
    return abs(float(np.linalg.det(np.asarray(A, dtype=float))))
