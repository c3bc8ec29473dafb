"""U and Vᵀ swapped in X⁺ = V Σ⁺ Uᵀ: the result has n entries instead of d."""

import numpy as np

DIAGNOSIS = {"es": "intercambiaste U y Vt", "en": "swap U and Vt"}


def pinv_solution(X, y, rcond=1e-10):
    U, s, Vt = np.linalg.svd(np.asarray(X, dtype=float), full_matrices=False)
    s_inv = np.where(s > rcond * s.max(), 1.0 / np.where(s > 0, s, 1.0), 0.0)
    return U @ (s_inv * (U.T @ np.asarray(y, dtype=float)))
