"""Applies the CDF F instead of its inverse."""

import numpy as np

DIAGNOSIS = {"es": "Calculaste la CDF", "en": "You computed the CDF"}


def exponential_from_uniform(u, lam):
    return 1 - np.exp(-lam * np.asarray(u, dtype=float))
