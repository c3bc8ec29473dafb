"""Reference solution: rank (the number of pivots of the RREF)."""

import numpy as np


def _rref(M, tol):
    """Gauss–Jordan with partial pivoting, as in the exercise rref; |entries| < tol count as 0."""
    R = np.array(M, dtype=float)
    n_rows, n_columns = R.shape
    row = 0
    for column in range(n_columns):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if abs(R[best, column]) < tol:
            R[row:, column] = 0.0
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        row += 1
    R[np.abs(R) < tol] = 0.0
    return R


def rank(A, tol=1e-10):
    """Number of pivots of the RREF of A (= its non-zero rows), with |entries| < tol counted as 0."""
    R = _rref(A, tol)
    return int(np.count_nonzero(np.any(R != 0.0, axis=1)))  # each non-zero row of an RREF holds one pivot
