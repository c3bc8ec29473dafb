"""ν from the first components alone: −∂f/∂x₁ / ∂h/∂x₁, which breaks when ∂h/∂x₁ = 0."""

import numpy as np

DIAGNOSIS = {"es": "NaN o infinito", "en": "NaN or infinite"}


def lagrange_multiplier(grad_f, grad_h, x_star):
    g_f, g_h = np.asarray(grad_f(x_star), dtype=float), np.asarray(grad_h(x_star), dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-g_f[0] / g_h[0])
