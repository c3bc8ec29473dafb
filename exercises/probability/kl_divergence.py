"""Ejercicio / Exercise: kl_divergence

ES: Escribe `kl_divergence(p, q)`: recibe dos distribuciones discretas sobre las mismas k
    categorías (arreglos de forma `(k,)` que suman 1) y devuelve, como número, KL(p‖q) = Σᵢ
    pᵢ ln(pᵢ/qᵢ), en nats (logaritmo natural). Los términos con pᵢ = 0 valen 0
    (la convención 0 · ln 0 = 0). Puedes suponer que qᵢ > 0 donde pᵢ > 0.

    Comprueba tu código con:  gradiente check kl_divergence

EN: Write `kl_divergence(p, q)`: it takes two discrete distributions over the same k
    categories (arrays of shape `(k,)` that sum to 1) and returns, as a number, KL(p‖q) = Σᵢ
    pᵢ ln(pᵢ/qᵢ), in nats (natural logarithm). Terms with pᵢ = 0 are 0
    (the convention 0 · ln 0 = 0). You may assume qᵢ > 0 wherever pᵢ > 0.

    Check your code with:  gradiente check kl_divergence
"""

import numpy as np


def kl_divergence(p, q):
    """KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) in nats, with 0 · ln 0 = 0, a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("kl_divergence")
