"""2·P(Z ≥ z) without |z|: above 1 whenever z < 0."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "valor absoluto", "en": "absolute value"}


def two_proportion_z(x1, n1, x2, n2):
    p = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return np.array([z, 2 * Normal().sf(z)])
