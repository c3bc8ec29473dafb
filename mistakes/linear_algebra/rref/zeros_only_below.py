"""A row-echelon form with pivots 1: the rows above each pivot are never cleared."""

import numpy as np

DIAGNOSIS = {"es": "forma escalonada (REF)", "en": "row-echelon form (REF)"}


def rref(M, tol=1e-12):
    R = np.array(M, dtype=float)
    n_rows, n_columns = R.shape
    row = 0
    for column in range(n_columns):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if abs(R[best, column]) < tol:
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(row + 1, n_rows):  # only the rows below
            R[other] = R[other] - R[other, column] * R[row]
        row += 1
    R[np.abs(R) < tol] = 0.0
    return R
