"""Reference solution: wilson_interval (the score interval for a proportion)."""

import numpy as np

from gradiente.stats import Normal


def wilson_interval(successes, n, confidence):
    """Wilson's [low, high]: the p that satisfy |p̂ − p| ≤ z √(p(1 − p)/n), z the (1 + confidence)/2 normal quantile."""
    p_hat = successes / n
    z = float(Normal().ppf((1 + confidence) / 2))
    denominator = 1 + z**2 / n
    center = (p_hat + z**2 / (2 * n)) / denominator
    half_width = z * np.sqrt(p_hat * (1 - p_hat) / n + z**2 / (4 * n**2)) / denominator
    # NOTE: at 0 or n successes one end is exactly 0 or 1 in exact arithmetic; clip only the rounding.
    return np.clip(np.array([center - half_width, center + half_width]), 0.0, 1.0)
