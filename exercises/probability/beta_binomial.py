"""Ejercicio / Exercise: beta_binomial

ES: Escribe `beta_binomial(a, b, k, n)`: con una distribución a priori Beta(a, b) (a, b > 0)
    para la probabilidad p de éxito y k éxitos observados en n ≥ 1 intentos, devuelve
    `np.array([a_post, b_post, map, mean])`: los parámetros de la distribución a posteriori
    Beta(a_post, b_post), su moda (el estimador MAP) y su media. La moda es
    (a_post − 1)/(a_post + b_post − 2) cuando a_post ≥ 1 y b_post ≥ 1; si b_post < 1 la
    densidad crece sin límite en p = 1 y la moda es 1, y si a_post < 1 es 0.

    Comprueba tu código con:  gradiente check beta_binomial

EN: Write `beta_binomial(a, b, k, n)`: with a Beta(a, b) prior (a, b > 0) on the success
    probability p and k successes observed in n ≥ 1 trials, return
    `np.array([a_post, b_post, map, mean])`: the parameters of the posterior
    Beta(a_post, b_post), its mode (the MAP estimate) and its mean. The mode is
    (a_post − 1)/(a_post + b_post − 2) when a_post ≥ 1 and b_post ≥ 1; if b_post < 1 the
    density grows without bound at p = 1 and the mode is 1, and if a_post < 1 it is 0.

    Check your code with:  gradiente check beta_binomial
"""

import numpy as np


def beta_binomial(a, b, k, n):
    """[a_post, b_post, map, mean], shape (4,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("beta_binomial")
