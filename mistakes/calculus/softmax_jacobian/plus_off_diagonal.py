"""The right diagonal pᵢ(1 − pᵢ), but +pᵢpⱼ off the diagonal: the sign of the quotient rule lost."""

import numpy as np

DIAGNOSIS = {"es": "signo", "en": "sign"}


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    p = np.exp(z - z.max())
    p /= p.sum()
    return np.outer(p, p) + np.diag(p - 2 * p**2)
