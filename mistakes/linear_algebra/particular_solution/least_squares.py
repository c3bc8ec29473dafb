"""np.linalg.lstsq: a solution when one exists, but the minimum-norm one, and no error when none does."""

import numpy as np

DIAGNOSIS = {"es": "norma mínima", "en": "minimum-norm"}


def particular_solution(A, b, tol=1e-10):
    return np.linalg.lstsq(A, b, rcond=None)[0]
