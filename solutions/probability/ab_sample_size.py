"""Reference solution: ab_sample_size (per group, normal approximation, rounded up)."""

import math

from gradiente.stats import Normal


def ab_sample_size(p_base, p_new, alpha=0.05, power=0.8):
    """Users per group so that a two-sided test at level ``alpha`` detects p_base → p_new with ``power``."""
    standard_normal = Normal()
    z_alpha = standard_normal.ppf(1 - alpha / 2)  # two-sided: α/2 in each tail
    z_beta = standard_normal.ppf(power)  # z_{1−β}
    variance = p_base * (1 - p_base) + p_new * (1 - p_new)  # each group with its own rate
    n = (z_alpha + z_beta) ** 2 * variance / (p_new - p_base) ** 2
    return math.ceil(n)  # a fraction of a user rounds up: fewer would fall short of the power
