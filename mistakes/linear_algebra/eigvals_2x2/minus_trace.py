"""The quadratic formula with −tr instead of +tr: every eigenvalue comes out as −λ."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def eigvals_2x2(A):
    trace = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(trace**2 - 4 * det, 0.0))
    return np.array([(-trace + root) / 2, (-trace - root) / 2])
