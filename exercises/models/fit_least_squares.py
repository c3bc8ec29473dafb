"""Ejercicio / Exercise: fit_least_squares

ES: Escribe `fit_least_squares(X, y)`: recibe `X` de forma `(n, d)` y `y` de forma `(n,)`, y
    devuelve un arreglo de forma `(d + 1,)` con `[b, w1, …, wd]`, el intercepto primero.
    Centra X y y, resuelve las ecuaciones normales (XcᵀXc) w = Xcᵀyc con `np.linalg.solve` y
    recupera b = ȳ − x̄ᵀw.

    Comprueba tu código con:  gradiente check fit_least_squares

EN: Write `fit_least_squares(X, y)`: it takes `X` of shape `(n, d)` and `y` of shape `(n,)`,
    and returns an array of shape `(d + 1,)` holding `[b, w1, …, wd]`, the intercept first.
    Centre X and y, solve the normal equations (XcᵀXc) w = Xcᵀyc with `np.linalg.solve` and
    recover b = ȳ − x̄ᵀw.

    Check your code with:  gradiente check fit_least_squares
"""

import numpy as np


def fit_least_squares(X, y):
    """The least-squares coefficients [b, w1, …, wd]."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("fit_least_squares")
