"""The Wald interval p̂ ± z √(p̂(1 − p̂)/n)."""

import numpy as np

from gradiente.stats import Normal

DIAGNOSIS = {"es": "intervalo de Wald", "en": "Wald interval"}


def wilson_interval(successes, n, confidence):
    p_hat = successes / n
    z = float(Normal().ppf((1 + confidence) / 2))
    half = z * np.sqrt(p_hat * (1 - p_hat) / n)
    return np.array([p_hat - half, p_hat + half])
