"""The whole product J_L ⋯ J₁ returned, a matrix, instead of the vector upstreamᵀ J_L ⋯ J₁."""

import numpy as np

DIAGNOSIS = {"es": "producto de los jacobianos", "en": "product of the Jacobians"}


def vjp_chain(jacobians, upstream):
    M = np.asarray(jacobians[0], dtype=float)
    for J in jacobians[1:]:
        M = np.asarray(J, dtype=float) @ M
    return M
