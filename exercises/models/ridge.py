"""Ejercicio / Exercise: ridge

ES: Escribe `ridge(X, y, alpha)`: recibe `X` de forma `(n, d)`, `y` de forma `(n,)` y un
    número `alpha` ≥ 0, y devuelve `[b, w1, …, wd]` (forma `(d + 1,)`) que minimiza
    ‖y − Xw − b‖² + α‖w‖². El intercepto b no se penaliza: centra, resuelve (XcᵀXc + αI)
    w = Xcᵀyc y recupera b = ȳ − x̄ᵀw.

    Comprueba tu código con:  gradiente check ridge

EN: Write `ridge(X, y, alpha)`: it takes `X` of shape `(n, d)`, `y` of shape `(n,)` and a
    number `alpha` ≥ 0, and returns `[b, w1, …, wd]` (shape `(d + 1,)`) minimising
    ‖y − Xw − b‖² + α‖w‖². The intercept b is not penalised: centre, solve (XcᵀXc + αI)
    w = Xcᵀyc and recover b = ȳ − x̄ᵀw.

    Check your code with:  gradiente check ridge
"""

import numpy as np


def ridge(X, y, alpha):
    """The ridge coefficients [b, w1, …, wd]."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("ridge")
