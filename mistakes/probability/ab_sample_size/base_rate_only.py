"""2·p_base(1 − p_base): the variance of the base rate for both groups."""

import math

from gradiente.stats import Normal

DIAGNOSIS = {"es": "p_new(1 − p_new)", "en": "p_new(1 − p_new)"}


def ab_sample_size(p_base, p_new, alpha=0.05, power=0.8):
    z = Normal().ppf(1 - alpha / 2) + Normal().ppf(power)
    return math.ceil(z**2 * 2 * p_base * (1 - p_base) / (p_new - p_base) ** 2)
