"""Reference solution: adam_update (one step of Adam, as gradiente.optim.Adam and PyTorch compute it)."""

import numpy as np


def adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    """One Adam step at step number t (t = 1 for the first): rows new w, new m, new s, shape (3, d)."""
    w, m, s, g = (np.asarray(a, dtype=float) for a in (w, m, s, g))
    m = b1 * m + (1 - b1) * g  # running mean of g
    s = b2 * s + (1 - b2) * g**2  # running mean of g², coordinate by coordinate
    m_hat = m / (1 - b1**t)  # bias correction: m and s start at 0, so early means are too small
    s_hat = s / (1 - b2**t)
    w = w - lr * m_hat / (np.sqrt(s_hat) + eps)  # eps outside the square root, as PyTorch
    return np.stack([w, m, s])  # the stored m and s are the uncorrected ones
