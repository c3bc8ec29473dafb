"""Ejercicio / Exercise: numerical_derivative

ES: Escribe `numerical_derivative(f, x, h=1e-5)`, que aproxima f′(x) con la diferencia
    central (f(x + h) − f(x − h)) / (2h). `x` puede ser un número o un arreglo de NumPy
    (entonces se aplica elemento a elemento).

    Comprueba tu código con:  gradiente check numerical_derivative

EN: Write `numerical_derivative(f, x, h=1e-5)`, which approximates f′(x) with the central
    difference (f(x + h) − f(x − h)) / (2h). `x` may be a number or a NumPy array (then it
    applies entry by entry).

    Check your code with:  gradiente check numerical_derivative
"""

import numpy as np


def numerical_derivative(f, x, h=1e-5):
    """Approximate f'(x) with the central difference of step h."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("numerical_derivative")
