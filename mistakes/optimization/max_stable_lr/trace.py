"""The trace of the Hessian (the sum of its eigenvalues) in place of its largest eigenvalue."""

import numpy as np

DIAGNOSIS = {"es": "la traza", "en": "the trace"}


def max_stable_lr(X):
    hessian = 2 / len(X) * X.T @ X
    return float(2 / np.trace(hessian))
