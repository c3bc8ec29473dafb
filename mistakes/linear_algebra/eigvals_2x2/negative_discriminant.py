"""No guard for a discriminant that rounding leaves just below zero: nan for a repeated eigenvalue."""

import numpy as np

DIAGNOSIS = {"es": "max(tr² − 4·det, 0)", "en": "max(tr² − 4·det, 0)"}


def eigvals_2x2(A):
    trace = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(trace**2 - 4 * det)
    return np.array([(trace + root) / 2, (trace - root) / 2])
