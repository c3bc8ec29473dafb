"""Reference solution: lagrange_multiplier (ν from ∇f + ν∇h = 0, by least squares)."""

import numpy as np


def lagrange_multiplier(grad_f, grad_h, x_star):
    """The ν with ∇f(x*) + ν ∇h(x*) = 0 (the course's sign), fitted by least squares.

    Minimising ‖∇f + ν ∇h‖² over ν gives ν = −(∇h·∇f) / (∇h·∇h): it uses every component,
    so a zero in ∇h does no harm, and in any dimension.
    """
    g_f = np.asarray(grad_f(x_star), dtype=float)
    g_h = np.asarray(grad_h(x_star), dtype=float)
    return float(-(g_h @ g_f) / (g_h @ g_h))
