"""Wilson's centre and half-width without the division by 1 + z²/n."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "1 + z²/n", "en": "1 + z²/n"}


def wilson_interval(successes, n, confidence):
    p_hat = successes / n
    z = float(Normal().ppf((1 + confidence) / 2))
    center = p_hat + z**2 / (2 * n)
    half = z * np.sqrt(p_hat * (1 - p_hat) / n + z**2 / (4 * n**2))
    return np.array([center - half, center + half])
