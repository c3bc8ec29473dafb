"""The discriminant written tr² + 4·det."""

import numpy as np

DIAGNOSIS = {"es": "tr² + 4·det", "en": "tr² + 4·det"}


def eigvals_2x2(A):
    trace = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(trace**2 + 4 * det)
    return np.array([(trace + root) / 2, (trace - root) / 2])
