"""Ejercicio / Exercise: two_proportion_z

ES: Escribe `two_proportion_z(x1, n1, x2, n2)`: el grupo 1 tuvo `x1` éxitos
    (por ejemplo, conversiones) en `n1` intentos y el grupo 2, `x2` en `n2`. Devuelve
    `np.array([z, p])` para H₀: p₁ = p₂, con z = (p̂₁ − p̂₂)/SE
    (el grupo 1 menos el grupo 2), el error estándar combinado
    SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)), donde p̂ = (x₁ + x₂)/(n₁ + n₂), y el valor p bilateral
    de la normal estándar (`Normal().sf` de `gradiente.stats`).

    Comprueba tu código con:  gradiente check two_proportion_z

EN: Write `two_proportion_z(x1, n1, x2, n2)`: group 1 had `x1` successes (conversions, say)
    out of `n1` trials and group 2, `x2` out of `n2`. Return `np.array([z, p])` for H₀:
    p₁ = p₂, with z = (p̂₁ − p̂₂)/SE (group 1 minus group 2), the pooled standard error
    SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)), where p̂ = (x₁ + x₂)/(n₁ + n₂), and the two-sided
    p-value from the standard normal (`Normal().sf` from `gradiente.stats`).

    Check your code with:  gradiente check two_proportion_z
"""

import numpy as np

from gradiente.stats import Normal


def two_proportion_z(x1, n1, x2, n2):
    """np.array([z, p]): the pooled two-proportion z statistic (group 1 minus group 2) and its two-sided p-value."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("two_proportion_z")
