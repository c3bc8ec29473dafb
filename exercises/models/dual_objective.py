"""Ejercicio / Exercise: dual_objective

ES: Escribe `dual_objective(alpha, y, K)`, que devuelve (un `float`) el objetivo dual que
    SMO maximiza: Σᵢ αᵢ − ½ Σᵢⱼ αᵢαⱼ yᵢyⱼ Kᵢⱼ. `alpha` y `y` tienen forma `(n,)` y `K` forma
    `(n, n)`. Las etiquetas pueden llegar como 0/1: conviértelas a −1/+1 (las que ya son ±1
    se quedan igual).

    Comprueba tu código con:  gradiente check dual_objective

EN: Write `dual_objective(alpha, y, K)`, which returns (a `float`) the dual objective SMO
    maximises: Σᵢ αᵢ − ½ Σᵢⱼ αᵢαⱼ yᵢyⱼ Kᵢⱼ. `alpha` and `y` have shape `(n,)` and `K` shape
    `(n, n)`. The labels may come as 0/1: turn them into −1/+1 (those already ±1 stay as
    they are).

    Check your code with:  gradiente check dual_objective
"""

import numpy as np


def dual_objective(alpha, y, K):
    """The value of the dual objective at alpha (a float, to be maximised)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("dual_objective")
