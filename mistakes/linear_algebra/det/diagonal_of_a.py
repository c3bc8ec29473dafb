"""The product of A's own diagonal, as if A were already triangular."""

import numpy as np

DIAGNOSIS = {"es": "Multiplicaste la diagonal de A", "en": "You multiplied the diagonal of A"}


def det(A):
    return float(np.prod(np.diag(np.asarray(A, dtype=float))))
