"""Adam without the bias correction: m and s used as they are."""

import numpy as np

DIAGNOSIS = {"es": "corrección del sesgo", "en": "bias correction"}


def adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g**2
    w = w - lr * m / (np.sqrt(s) + eps)
    return np.stack([w, m, s])
