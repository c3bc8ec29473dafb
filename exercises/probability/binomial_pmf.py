"""Ejercicio / Exercise: binomial_pmf

ES: Escribe `binomial_pmf(k, n, p)`: la probabilidad P(X = k) = C(n, k) pᵏ(1 − p)ⁿ⁻ᵏ de k
    éxitos en n ensayos independientes con probabilidad de éxito p (0 < p < 1). `k` es un
    arreglo de enteros entre 0 y n; devuelve un arreglo de floats con la forma de `k`, sin
    bucles sobre k. Los casos llegan a n = 2000, donde ni n! ni C(n, k) caben en un float:
    calcula el logaritmo de cada factor y aplica la exponencial al final.

    Comprueba tu código con:  gradiente check binomial_pmf

EN: Write `binomial_pmf(k, n, p)`: the probability P(X = k) = C(n, k) pᵏ(1 − p)ⁿ⁻ᵏ of k
    successes in n independent trials with success probability p (0 < p < 1). `k` is an
    array of integers between 0 and n; return an array of floats shaped like `k`, with no
    loop over k. The cases go up to n = 2000, where neither n! nor C(n, k) fits in a float:
    compute the logarithm of each factor and take the exponential at the end.

    Check your code with:  gradiente check binomial_pmf
"""

import numpy as np


def binomial_pmf(k, n, p):
    """P(X = k) of Binomial(n, p) for each entry of k, computed in logs; shaped like k."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("binomial_pmf")
