"""Reference solution: two_proportion_z (pooled standard error, two-sided)."""

import numpy as np

from gradiente.stats import Normal


def two_proportion_z(x1, n1, x2, n2):
    """``np.array([z, p])`` for H₀: p₁ = p₂, with z = (p̂₁ − p̂₂)/SE and SE from the pooled p̂."""
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)  # under H₀ both groups share one rate: estimate it with all the data
    standard_error = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (p1 - p2) / standard_error
    p = 2 * Normal().sf(abs(z))  # both tails of N(0, 1)
    return np.array([z, p])
