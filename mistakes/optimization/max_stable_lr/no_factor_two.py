"""The Hessian taken as XᵀX / n: the 2 of the square forgotten, so the rate is twice the limit."""

import numpy as np

DIAGNOSIS = {"es": "el doble", "en": "twice"}


def max_stable_lr(X):
    hessian = X.T @ X / len(X)
    return float(2 / np.linalg.eigvalsh(hessian)[-1])
