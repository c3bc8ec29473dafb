"""Row 1 holds σ′ = σ(1 − σ), the derivative of σ, instead of σ, the derivative of softplus."""

import numpy as np

DIAGNOSIS = {"es": "σ(z) misma", "en": "σ(z) itself"}


def softplus_and_grad(z):
    z = np.asarray(z, dtype=float)
    sigma = np.exp(-np.logaddexp(0.0, -z))
    return np.stack([np.logaddexp(0.0, z), sigma * (1 - sigma)])
