"""Reference solution: rref (Gauss–Jordan elimination with partial pivoting)."""

import numpy as np


def rref(M, tol=1e-12):
    """Reduced row-echelon form of M: every pivot 1, zeros above and below it; |entries| < tol count as 0."""
    R = np.array(M, dtype=float)  # a copy, in floats: the caller's matrix stays as it was
    n_rows, n_columns = R.shape
    row = 0  # where the next pivot goes
    for column in range(n_columns):
        if row == n_rows:
            break
        # partial pivoting: the largest |entry| at or below `row` becomes the pivot
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if abs(R[best, column]) < tol:
            R[row:, column] = 0.0  # nothing but round-off here: no pivot in this column
            continue
        R[[row, best]] = R[[best, row]]  # swap the two rows
        R[row] = R[row] / R[row, column]  # scale the pivot row so that the pivot is 1
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]  # R_other ← R_other − a·R_row
        row += 1
    R[np.abs(R) < tol] = 0.0  # what is left below the tolerance is round-off
    return R
