"""Reference solution: mean_and_variance (the moments of a discrete distribution)."""

import numpy as np


def mean_and_variance(values, probs):
    """[E[X], Var(X)] of a discrete X with P(X = values[i]) = probs[i], as an array of shape (2,)."""
    values = np.asarray(values, dtype=float)
    probs = np.asarray(probs, dtype=float)
    mean = np.sum(probs * values)  # E[X] = Σ x p(x)
    variance = np.sum(probs * (values - mean) ** 2)  # Var X = E[(X − μ)²], never negative
    return np.array([mean, variance])
