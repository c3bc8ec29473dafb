"""Reference solution: pinv_solution."""

import numpy as np


def pinv_solution(X, y, rcond=1e-10):
    """w = X⁺y = V Σ⁺ Uᵀ y, with 1/σ replaced by 0 when σ ≤ rcond·σ_max (minimum-norm solution)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)  # X = U diag(s) Vᵀ
    keep = s > rcond * s.max()
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return Vt.T @ (s_inv * (U.T @ y))
