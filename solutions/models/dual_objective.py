"""Reference solution: dual_objective."""

import numpy as np


def dual_objective(alpha, y, K):
    """Σ αᵢ − ½ Σᵢⱼ αᵢ αⱼ yᵢ yⱼ Kᵢⱼ, with labels 0/1 turned into −1/+1."""
    alpha = np.asarray(alpha, dtype=float)
    y = np.where(np.asarray(y) > 0, 1.0, -1.0)  # 0 → −1, 1 → +1 (±1 stays as it is)
    K = np.asarray(K, dtype=float)
    signed = alpha * y  # αᵢ yᵢ
    return float(alpha.sum() - 0.5 * signed @ K @ signed)
