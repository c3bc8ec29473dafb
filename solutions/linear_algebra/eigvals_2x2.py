"""Reference solution: eigvals_2x2 (the roots of the characteristic polynomial of a 2×2 matrix)."""

import numpy as np


def eigvals_2x2(A):
    """Both eigenvalues of a 2×2 matrix with real eigenvalues, largest first, as an array of shape (2,).

    det(A − λI) = λ² − tr(A)·λ + det(A) = 0, so λ = (tr ± √(tr² − 4·det)) / 2.
    """
    A = np.asarray(A, dtype=float)
    trace = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    # NOTE: for a repeated eigenvalue the discriminant is 0 in exact arithmetic, but rounding can leave
    # it at −10⁻¹⁷; the square root of that is nan, so anything below zero is taken as zero.
    root = np.sqrt(max(trace**2 - 4 * det, 0.0))
    return np.array([(trace + root) / 2, (trace - root) / 2])
