"""Ejercicio / Exercise: jacobian

ES: Escribe `jacobian(f, x, h=1e-5)`, la matriz jacobiana de f: Rⁿ → Rᵐ en el punto x, por
    diferencias centrales. `f` recibe un arreglo de forma (n,) y devuelve uno de forma (m,).
    Devuelve un arreglo de reales de forma (m, n), con una fila por cada salida y una
    columna por cada entrada: la columna j es (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h), cómo se
    mueven todas las salidas cuando mueves solo la entrada j. Tiene que funcionar también si
    x es un arreglo de enteros.

    Comprueba tu código con:  gradiente check jacobian

EN: Write `jacobian(f, x, h=1e-5)`, the Jacobian matrix of f: Rⁿ → Rᵐ at the point x, by
    central differences. `f` takes an array of shape (n,) and returns one of shape (m,).
    Return an array of floats of shape (m, n), one row per output and one column per input:
    column j is (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h), how every output moves when you move
    input j alone. It must also work when x is an array of integers.

    Check your code with:  gradiente check jacobian
"""

import numpy as np


def jacobian(f, x, h=1e-5):
    """The Jacobian of f: Rⁿ → Rᵐ at x by central differences, shape (m, n): one row per output."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("jacobian")
