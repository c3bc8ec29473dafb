"""Reference solution: empirical_cdf (the fraction of a sample at or below each point)."""

import numpy as np


def empirical_cdf(samples, x):
    """F̂(x) = #{i : samplesᵢ ≤ x} / n for each entry of x; an array of x's shape."""
    ordered = np.sort(np.asarray(samples, dtype=float))
    count_at_or_below = np.searchsorted(ordered, np.asarray(x, dtype=float), side="right")  # "≤", not "<"
    return count_at_or_below / len(ordered)
