"""The Jacobians taken in forward order, J₁ first: gᵀ J₁ ⋯ J_L (a shape error, or wrong values when square)."""

import numpy as np

DIAGNOSIS = {"es": "orden de la pasada hacia adelante", "en": "forward order"}


def vjp_chain(jacobians, upstream):
    g = np.asarray(upstream, dtype=float)
    for J in jacobians:
        g = g @ np.asarray(J, dtype=float)
    return g
