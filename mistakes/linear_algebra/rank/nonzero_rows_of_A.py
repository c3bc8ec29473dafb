"""The non-zero rows of A itself, before any elimination."""

import numpy as np

DIAGNOSIS = {"es": "las filas de A que no son cero", "en": "the rows of A that are not zero"}


def rank(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    return int(np.sum(np.any(np.abs(A) > tol, axis=1)))
