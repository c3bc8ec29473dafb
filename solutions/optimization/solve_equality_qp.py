"""Reference solution: solve_equality_qp (the KKT system, one linear solve)."""

import numpy as np


def solve_equality_qp(Q, c, A, b):
    """The x that minimizes x·Q·x/2 + c·x subject to A x = b.

    ∇ₓL = Q x + c + Aᵀν = 0 and A x = b are n + m linear equations in (x, ν):
    [[Q, Aᵀ], [A, 0]] [x; ν] = [−c; b].
    """
    Q, c = np.asarray(Q, dtype=float), np.asarray(c, dtype=float)
    A, b = np.atleast_2d(np.asarray(A, dtype=float)), np.atleast_1d(np.asarray(b, dtype=float))
    n, m = Q.shape[0], A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])  # the KKT matrix
    solution = np.linalg.solve(K, np.concatenate([-c, b]))
    return solution[:n]  # x; solution[n:] holds the multipliers ν
