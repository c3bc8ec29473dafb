"""Ejercicio / Exercise: empirical_cdf

ES: Escribe `empirical_cdf(samples, x)`: la CDF empírica F̂(x) = (número de muestras ≤ x)/n
    de la muestra `samples` (un arreglo 1-D de n números, sin ordenar), evaluada en cada
    punto del arreglo 1-D `x`. Devuelve un arreglo de floats con la forma de `x`, cada uno
    entre 0 y 1.

    Comprueba tu código con:  gradiente check empirical_cdf

EN: Write `empirical_cdf(samples, x)`: the empirical CDF F̂(x) = (number of samples ≤ x)/n
    of the sample `samples` (a 1-D array of n numbers, unsorted), evaluated at each point of
    the 1-D array `x`. Return an array of floats shaped like `x`, each between 0 and 1.

    Check your code with:  gradiente check empirical_cdf
"""

import numpy as np


def empirical_cdf(samples, x):
    """F̂(x): the fraction of samples ≤ each point of x; shaped like x."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("empirical_cdf")
