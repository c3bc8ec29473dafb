"""Compares rank A with n only: an inconsistent system is reported as having infinitely many solutions."""

import math

import numpy as np

DIAGNOSIS = {"es": "compara rank A con rank [A | b]", "en": "compare rank A with rank [A | b]"}


def count_solutions(A, b, tol=1e-10):
    A = np.asarray(A, dtype=float)
    return 1 if np.linalg.matrix_rank(A) == A.shape[1] else math.inf
