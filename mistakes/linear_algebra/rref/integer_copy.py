"""Works on M.copy(): with an integer M every division is truncated when stored."""

import numpy as np

DIAGNOSIS = {"es": "R = np.array(M, dtype=float)", "en": "R = np.array(M, dtype=float)"}


def rref(M, tol=1e-12):
    R = np.asarray(M).copy()  # keeps M's integer type
    n_rows, n_columns = R.shape
    row = 0
    for column in range(n_columns):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if abs(R[best, column]) < tol:
            R[row:, column] = 0
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        row += 1
    R[np.abs(R) < tol] = 0
    return R
