"""Reference solution: coordinates_in_basis (solve B c = v)."""

import numpy as np

from gradiente.linalg import solve


def coordinates_in_basis(B, v):
    """The coordinates c of v in the basis made of B's columns: the solution of B c = v."""
    # v = c₁ b₁ + … + cₙ bₙ is the system B c = v; solving it beats forming B⁻¹
    return solve(np.asarray(B, dtype=float), np.asarray(v, dtype=float))
