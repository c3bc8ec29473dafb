"""The formula as written: np.exp(800) overflows to inf, and so does log(1 + inf)."""

import numpy as np

DIAGNOSIS = {"es": "np.logaddexp(0, z)", "en": "np.logaddexp(0, z)"}


def softplus_and_grad(z):
    z = np.asarray(z, dtype=float)
    return np.stack([np.log(1 + np.exp(z)), 1 / (1 + np.exp(-z))])
