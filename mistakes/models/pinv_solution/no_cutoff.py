"""The SVD without the cutoff: 1/σ of the (numerically) zero singular values blows up."""

import numpy as np

DIAGNOSIS = {"es": "valores singulares que son 0", "en": "singular values that are 0"}


def pinv_solution(X, y, rcond=1e-10):
    U, s, Vt = np.linalg.svd(np.asarray(X, dtype=float), full_matrices=False)
    with np.errstate(all="ignore"):
        return Vt.T @ ((U.T @ np.asarray(y, dtype=float)) / s)
