"""Ejercicio / Exercise: geometric_margin

ES: Escribe `geometric_margin(w, b, X, y)`: devuelve, como número, el margen geométrico
    γ = minᵢ yᵢ(wᵀxᵢ + b)/‖w‖ de la frontera (w, b) sobre los puntos `X` (forma `(n, d)`).
    Las etiquetas `y` llegan como 0/1: conviértelas a −1/+1 antes de usarlas. El margen es
    negativo si algún punto queda del lado equivocado.

    Comprueba tu código con:  gradiente check geometric_margin

EN: Write `geometric_margin(w, b, X, y)`: return, as a number, the geometric margin γ = minᵢ
    yᵢ(wᵀxᵢ + b)/‖w‖ of the boundary (w, b) on the points `X` (shape `(n, d)`). The labels
    `y` arrive as 0/1: convert them to −1/+1 before using them. The margin is negative if
    some point lies on the wrong side.

    Check your code with:  gradiente check geometric_margin
"""

import numpy as np


def geometric_margin(w, b, X, y):
    """The geometric margin minᵢ yᵢ(wᵀxᵢ + b)/‖w‖ (labels 0/1 converted to −1/+1), a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("geometric_margin")
