"""Pivots of the RREF, but only an exact 0 counts as zero: round-off leftovers become pivots."""

import numpy as np

DIAGNOSIS = {"es": "restos de redondeo", "en": "round-off leftovers"}


def rank(A, tol=1e-10):
    R = np.array(A, dtype=float)
    n_rows, n_columns = R.shape
    row = 0
    for column in range(n_columns):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if R[best, column] == 0:
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        row += 1
    return row
