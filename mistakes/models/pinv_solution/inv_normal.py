"""inv(XᵀX) Xᵀ y: on a rank-deficient X the inverse does not exist and the weights blow up."""

import numpy as np

DIAGNOSIS = {"es": "valores singulares que son 0", "en": "singular values that are 0"}


def pinv_solution(X, y, rcond=1e-10):
    X = np.asarray(X, dtype=float)
    with np.errstate(all="ignore"):
        try:
            return np.linalg.inv(X.T @ X) @ X.T @ np.asarray(y, dtype=float)
        except np.linalg.LinAlgError:
            return np.full(X.shape[1], np.nan)
