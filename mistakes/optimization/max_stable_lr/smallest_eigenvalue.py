"""λ_min instead of λ_max: eigvalsh's first eigenvalue is the smallest one."""

import numpy as np

DIAGNOSIS = {"es": "más chico, λ_min", "en": "smallest eigenvalue"}


def max_stable_lr(X):
    hessian = 2 / len(X) * X.T @ X
    return float(2 / np.linalg.eigvalsh(hessian)[0])
