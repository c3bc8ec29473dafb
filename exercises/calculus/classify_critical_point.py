"""Ejercicio / Exercise: classify_critical_point

ES: Escribe `classify_critical_point(H)`: recibe la hessiana H (una matriz simétrica (n, n))
    de f en un punto crítico, donde ∇f = 0, y devuelve un entero: 1 si es un mínimo local
    (todos los valores propios son positivos), −1 si es un máximo local (todos negativos), 0
    si es un punto silla (hay valores propios positivos y negativos, aunque otros sean cero)
    y 2 si la prueba no decide (ningún par de signos opuestos, pero algún valor propio es
    cero). Cuenta como cero todo valor propio con |λ| < 1e-10.

    Comprueba tu código con:  gradiente check classify_critical_point

EN: Write `classify_critical_point(H)`: it takes the Hessian H (a symmetric (n, n) matrix)
    of f at a critical point, where ∇f = 0, and returns an integer: 1 for a local minimum
    (every eigenvalue positive), −1 for a local maximum (every one negative), 0 for a saddle
    point (some eigenvalues positive and some negative, even if others are zero) and 2 when
    the test cannot decide (no two of opposite signs, but some eigenvalue is zero). Count as
    zero every eigenvalue with |λ| < 1e-10.

    Check your code with:  gradiente check classify_critical_point
"""

import numpy as np


def classify_critical_point(H):
    """1 minimum, −1 maximum, 0 saddle, 2 inconclusive, from the Hessian at a critical point."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("classify_critical_point")
