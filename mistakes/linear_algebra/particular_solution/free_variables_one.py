"""Reads the RREF correctly, but sets every free variable to 1 instead of 0."""

import numpy as np

DIAGNOSIS = {"es": "variables libres en 1", "en": "free variables set to 1"}


def particular_solution(A, b, tol=1e-10):
    A = np.asarray(A, dtype=float)
    n_rows, n = A.shape
    R = np.column_stack([A, np.asarray(b, dtype=float)])
    pivots, row = [], 0
    for column in range(n + 1):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if abs(R[best, column]) < tol:
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        pivots.append(column)
        row += 1
    if n in pivots:
        raise ValueError("no solution")
    x = np.ones(n)
    for i, column in enumerate(pivots):
        x[column] = R[i, n] - sum(R[i, f] for f in range(n) if f not in pivots)
    return x
