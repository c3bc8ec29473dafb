"""The convention ∇f = ν∇h (L = f − νh): the opposite sign of the course's."""

import numpy as np

DIAGNOSIS = {"es": "signo cambiado", "en": "wrong sign"}


def lagrange_multiplier(grad_f, grad_h, x_star):
    g_f, g_h = np.asarray(grad_f(x_star), dtype=float), np.asarray(grad_h(x_star), dtype=float)
    return float((g_h @ g_f) / (g_h @ g_h))
