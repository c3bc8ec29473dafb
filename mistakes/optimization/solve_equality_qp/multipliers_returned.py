"""The whole solution (x, ν) of the KKT system returned."""

import numpy as np

DIAGNOSIS = {"es": "también los", "en": "and also the"}


def solve_equality_qp(Q, c, A, b):
    Q, c, A, b = (np.asarray(v, dtype=float) for v in (Q, c, A, b))
    m = A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    return np.linalg.solve(K, np.concatenate([-c, b]))
