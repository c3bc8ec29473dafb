"""ε inside the square root: √(ŝ + ε) instead of √ŝ + ε."""

import numpy as np

DIAGNOSIS = {"es": "dentro de la raíz", "en": "inside the square root"}


def adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g**2
    m_hat = m / (1 - b1**t)
    s_hat = s / (1 - b2**t)
    w = w - lr * m_hat / np.sqrt(s_hat + eps)
    return np.stack([w, m, s])
