"""The right numbers in columns: shape (n, 2) instead of (2, n)."""

import numpy as np

DIAGNOSIS = {"es": "np.column_stack", "en": "np.column_stack"}


def softplus_and_grad(z):
    z = np.asarray(z, dtype=float)
    return np.column_stack([np.logaddexp(0.0, z), np.exp(-np.logaddexp(0.0, -z))])
