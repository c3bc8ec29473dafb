"""z_{1−α} (a one-sided test) instead of z_{1−α/2}: too few users."""

import math

from gradiente.stats import Normal

DIAGNOSIS = {"es": "z_{1−α/2}", "en": "z_{1−α/2}"}


def ab_sample_size(p_base, p_new, alpha=0.05, power=0.8):
    z = Normal().ppf(1 - alpha) + Normal().ppf(power)
    return math.ceil(z**2 * (p_base * (1 - p_base) + p_new * (1 - p_new)) / (p_new - p_base) ** 2)
