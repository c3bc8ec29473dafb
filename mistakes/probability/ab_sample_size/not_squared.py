"""(z_{1−α/2} + z_{1−β}) not squared."""

import math

from gradiente.stats import Normal

DIAGNOSIS = {"es": "cuadrado", "en": "square"}


def ab_sample_size(p_base, p_new, alpha=0.05, power=0.8):
    z = Normal().ppf(1 - alpha / 2) + Normal().ppf(power)
    return math.ceil(z * (p_base * (1 - p_base) + p_new * (1 - p_new)) / (p_new - p_base) ** 2)
