"""Reference solution: count_solutions (Rouché–Capelli: compare rank A, rank [A | b] and n)."""

import math

import numpy as np


def _rank(M, tol):
    """Pivots of the RREF (Gauss–Jordan with partial pivoting, |entries| < tol count as 0)."""
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
    return row  # one pivot per row filled


def count_solutions(A, b, tol=1e-10):
    """How many x solve A x = b: 0, 1 or math.inf."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float).reshape(-1, 1)
    rank_A = _rank(A, tol)
    rank_augmented = _rank(np.hstack([A, b]), tol)
    if rank_augmented > rank_A:
        return 0  # a row 0 = c with c ≠ 0: the equations contradict each other
    if rank_A == A.shape[1]:
        return 1  # a pivot in every column: no free variable
    return math.inf  # consistent, with n − rank A free variables
