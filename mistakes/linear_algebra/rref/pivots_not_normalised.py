"""Gauss–Jordan that clears above and below each pivot but never divides the pivot row by the pivot."""

import numpy as np

DIAGNOSIS = {"es": "tus pivotes no valen 1", "en": "your pivots are not 1"}


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
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] / R[row, column] * R[row]
        row += 1
    R[np.abs(R) < tol] = 0.0
    return R
