"""Ejercicio / Exercise: power_iteration

ES: Escribe `power_iteration(A, v0, n_iter)`: empieza en v0/‖v0‖ y repite n_iter veces
    v ← A·v / ‖A·v‖. Devuelve el último v, un vector unitario de forma (n,). Con n_iter = 0
    devuelve v0/‖v0‖. El signo de un vector propio no está fijo: la comprobación acepta v y
    −v.

    Comprueba tu código con:  gradiente check power_iteration

EN: Write `power_iteration(A, v0, n_iter)`: start at v0/‖v0‖ and repeat v ← A·v / ‖A·v‖
    n_iter times. Return the last v, a unit vector of shape (n,). With n_iter = 0, return
    v0/‖v0‖. The sign of an eigenvector is not fixed: the check accepts both v and −v.

    Check your code with:  gradiente check power_iteration
"""

import numpy as np


def power_iteration(A, v0, n_iter):
    """The unit vector v after n_iter steps v ← Av/‖Av‖ from v0/‖v0‖."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("power_iteration")
