"""The second moment averaged from g instead of g² (with abs so that the square root exists)."""

import numpy as np

DIAGNOSIS = {"es": "no de g²", "en": "not of g²"}


def adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g
    m_hat = m / (1 - b1**t)
    s_hat = s / (1 - b2**t)
    w = w - lr * m_hat / (np.sqrt(np.abs(s_hat)) + eps)
    return np.stack([w, m, s])
