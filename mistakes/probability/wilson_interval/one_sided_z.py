"""Wilson's formula with z at `confidence` (1.645 at 95 %) instead of (1 + confidence)/2."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "dos colas", "en": "two tails"}


def wilson_interval(successes, n, confidence):
    p_hat = successes / n
    z = float(Normal().ppf(confidence))
    denominator = 1 + z**2 / n
    center = (p_hat + z**2 / (2 * n)) / denominator
    half = z * np.sqrt(p_hat * (1 - p_hat) / n + z**2 / (4 * n**2)) / denominator
    return np.array([center - half, center + half])
