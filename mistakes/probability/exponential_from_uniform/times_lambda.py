"""Multiplies by λ instead of dividing by it."""

import numpy as np

DIAGNOSIS = {"es": "Multiplicaste por λ", "en": "You multiplied by λ"}


def exponential_from_uniform(u, lam):
    return -np.log(1 - np.asarray(u, dtype=float)) * lam
