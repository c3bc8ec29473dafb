"""Right-hand side (c, b) instead of (−c, b): Q x = c in place of Q x = −c."""

import numpy as np

DIAGNOSIS = {"es": "El signo de c está al revés", "en": "The sign of c is flipped"}


def solve_equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    n, m = Q.shape[0], A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    return np.linalg.solve(K, np.concatenate([c, b]))[:n]
