"""Reference solution: compose (one matrix for several linear maps applied in order)."""

import numpy as np


def compose(*matrices):
    """The matrix that applies ``matrices[0]`` first, then ``matrices[1]``, …: M = Aₖ ⋯ A₂ A₁."""
    M = np.asarray(matrices[0], dtype=float)
    for A in matrices[1:]:
        # A acts on the result of everything before it, so it multiplies from the left: x ↦ A (M x)
        M = np.asarray(A, dtype=float) @ M
    return M
