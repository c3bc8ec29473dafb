"""Ejercicio / Exercise: pinv_solution

ES: Escribe `pinv_solution(X, y, rcond=1e-10)`: recibe `X` de forma `(n, d)` y `y` de forma
    `(n,)` y devuelve `w` de forma `(d,)`, sin intercepto: la solución de mínimos cuadrados
    de norma mínima w = V Σ⁺ Uᵀ y, calculada con `np.linalg.svd`. Todo valor singular
    σ ≤ rcond·σ_max cuenta como 0: su 1/σ se vuelve 0.

    Comprueba tu código con:  gradiente check pinv_solution

EN: Write `pinv_solution(X, y, rcond=1e-10)`: it takes `X` of shape `(n, d)` and `y` of
    shape `(n,)` and returns `w` of shape `(d,)`, with no intercept: the minimum-norm
    least-squares solution w = V Σ⁺ Uᵀ y, computed with `np.linalg.svd`. Every singular
    value σ ≤ rcond·σ_max counts as 0: its 1/σ becomes 0.

    Check your code with:  gradiente check pinv_solution
"""

import numpy as np


def pinv_solution(X, y, rcond=1e-10):
    """The minimum-norm least-squares solution X⁺y."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("pinv_solution")
