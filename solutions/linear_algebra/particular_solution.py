"""Reference solution: particular_solution (read off the RREF of [A | b], free variables at 0)."""

import numpy as np


def particular_solution(A, b, tol=1e-10):
    """The solution of A x = b whose free variables are all 0; ValueError if there is none."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    n_rows, n = A.shape
    R = np.column_stack([A, b])
    pivots = []  # the pivot column of each pivot row, in order
    row = 0
    for column in range(n + 1):  # the last column is b: a pivot there means no solution
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
        pivots.append(column)
        row += 1
    if n in pivots:
        raise ValueError(
            "A x = b has no solution: elimination left a row 0 = 1 (rank [A | b] > rank A), "
            "so there is no particular solution to return."
        )
    x = np.zeros(n)  # the free variables stay 0
    for i, column in enumerate(pivots):
        x[column] = R[i, n]  # row i reads x_column + (free terms, all 0) = R[i, n]
    return x
