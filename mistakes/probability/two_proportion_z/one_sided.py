"""One tail only: half the two-sided p-value."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "una sola cola", "en": "one tail only"}


def two_proportion_z(x1, n1, x2, n2):
    p = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return np.array([z, Normal().sf(abs(z))])
