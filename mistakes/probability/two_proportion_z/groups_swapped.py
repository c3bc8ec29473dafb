"""p̂₂ − p̂₁: the groups swapped, z with the wrong sign."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def two_proportion_z(x1, n1, x2, n2):
    p = (x1 + x2) / (n1 + n2)
    z = (x2 / n2 - x1 / n1) / np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return np.array([z, 2 * Normal().sf(abs(z))])
