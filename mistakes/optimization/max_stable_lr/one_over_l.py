"""1/L: a good rate to use, but not the limit 2/L."""

import numpy as np

DIAGNOSIS = {"es": "calculaste 1/L", "en": "you computed 1/L"}


def max_stable_lr(X):
    hessian = 2 / len(X) * X.T @ X
    return float(1 / np.linalg.eigvalsh(hessian)[-1])
