"""Decides with det: det ≠ 0 means one solution, det = 0 is taken to mean none."""

import numpy as np

DIAGNOSIS = {"es": "det A = 0", "en": "det A = 0"}


def count_solutions(A, b, tol=1e-10):
    return 1 if abs(np.linalg.det(A)) > tol else 0
