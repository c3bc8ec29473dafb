"""Rouché–Capelli done right, but with ranks in which only an exact 0 counts as zero."""

import math

import numpy as np

DIAGNOSIS = {"es": "restos de redondeo", "en": "round-off leftovers"}


def _rank(M):
    R = np.array(M, dtype=float)
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


def count_solutions(A, b, tol=1e-10):
    A = np.asarray(A, dtype=float)
    rank_A, rank_augmented = _rank(A), _rank(np.column_stack([A, b]))
    if rank_augmented > rank_A:
        return 0
    return 1 if rank_A == A.shape[1] else math.inf
