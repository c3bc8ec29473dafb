"""Reference solution: det (elimination with partial pivoting)."""

import numpy as np


def det(A):
    """The determinant of a square matrix: (−1)^swaps times the product of the pivots.

    Adding a multiple of one row to another keeps det; swapping two rows flips its sign; the
    triangular matrix left at the end has the product of its diagonal as determinant.
    """
    U = np.array(A, dtype=float)  # a copy: the caller's matrix stays as it was
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(U[k:, k])))  # partial pivoting: the largest |entry| on or below row k
        if U[p, k] == 0.0:
            return 0.0  # a column with no pivot: the columns are dependent, det = 0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign  # a swap flips the orientation
        multipliers = U[k + 1 :, k] / U[k, k]
        U[k + 1 :] -= np.outer(multipliers, U[k])  # row_i ← row_i − m_i·row_k keeps det
    return float(sign * np.prod(np.diag(U)))
