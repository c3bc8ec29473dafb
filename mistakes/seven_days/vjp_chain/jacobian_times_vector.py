"""J g instead of gᵀ J: the Jacobians applied to the vector from the left, as a forward push."""

import numpy as np

DIAGNOSIS = {"es": "J @ g", "en": "J @ g"}


def vjp_chain(jacobians, upstream):
    g = np.asarray(upstream, dtype=float)
    for J in reversed(jacobians):
        g = np.asarray(J, dtype=float) @ g
    return g
