"""Reference solution: classify_critical_point."""

import numpy as np


def classify_critical_point(H):
    """+1 minimum, −1 maximum, 0 saddle, 2 inconclusive, from the eigenvalues of the Hessian H."""
    tol = 1e-10  # below this an eigenvalue counts as zero
    eigenvalues = np.linalg.eigvalsh(np.asarray(H, dtype=float))  # H is symmetric: real eigenvalues
    positive = eigenvalues > tol
    negative = eigenvalues < -tol
    if positive.any() and negative.any():
        return 0  # curves up along one direction and down along another, whatever the rest do
    if not (positive | negative).all():
        return 2  # a flat direction: the second-order test cannot decide
    return 1 if positive.all() else -1
