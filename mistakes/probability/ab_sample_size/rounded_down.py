"""int(n): rounded down, one user short of the power."""

from gradiente.stats import Normal

DIAGNOSIS = {"es": "math.ceil", "en": "math.ceil"}


def ab_sample_size(p_base, p_new, alpha=0.05, power=0.8):
    z = Normal().ppf(1 - alpha / 2) + Normal().ppf(power)
    return int(z**2 * (p_base * (1 - p_base) + p_new * (1 - p_new)) / (p_new - p_base) ** 2)
