"""The unpooled standard error: each group with its own p̂."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "sin combinar", "en": "unpooled"}


def two_proportion_z(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    z = (p1 - p2) / np.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    return np.array([z, 2 * Normal().sf(abs(z))])
