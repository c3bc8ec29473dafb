"""Ejercicio / Exercise: standard_error

ES: Escribe `standard_error(x)`: recibe una muestra `x` (un arreglo 1-D, o una lista, de
    n ≥ 2 números) y devuelve, como `float`, el error estándar estimado de su media, s/√n,
    donde s es la desviación estándar muestral con `ddof=1` (la que divide entre n − 1).

    Comprueba tu código con:  gradiente check standard_error

EN: Write `standard_error(x)`: it takes a sample `x` (a 1-D array, or a list, of n ≥ 2
    numbers) and returns, as a `float`, the estimated standard error of its mean, s/√n,
    where s is the sample standard deviation with `ddof=1` (the one that divides by n − 1).

    Check your code with:  gradiente check standard_error
"""

import numpy as np


def standard_error(x):
    """The estimated standard error of the mean, s/√n with ddof=1, a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("standard_error")
