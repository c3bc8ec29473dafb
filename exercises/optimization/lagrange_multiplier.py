"""Ejercicio / Exercise: lagrange_multiplier

ES: Escribe `lagrange_multiplier(grad_f, grad_h, x_star)`, que devuelva (como float) el
    multiplicador ν con `∇f(x*) + ν ∇h(x*) = 0`, la convención de signo del curso. `grad_f`
    y `grad_h` son funciones que reciben un punto y devuelven un vector de forma (n,);
    `x_star` es el óptimo, de forma (n,). En la práctica los dos gradientes no son
    exactamente paralelos (hay redondeo), así que devuelve el ν que mejor cumple la ecuación
    por mínimos cuadrados; así funciona en cualquier dimensión, aunque una componente de ∇h
    sea 0.

    Comprueba tu código con:  gradiente check lagrange_multiplier

EN: Write `lagrange_multiplier(grad_f, grad_h, x_star)`, returning (as a float) the
    multiplier ν with `∇f(x*) + ν ∇h(x*) = 0`, the course's sign convention. `grad_f` and
    `grad_h` are functions that take a point and return a vector of shape (n,); `x_star` is
    the optimum, of shape (n,). In practice the two gradients are not exactly parallel
    (rounding), so return the ν that best satisfies the equation in the least-squares sense;
    that way it works in any dimension, even when a component of ∇h is 0.

    Check your code with:  gradiente check lagrange_multiplier
"""

import numpy as np


def lagrange_multiplier(grad_f, grad_h, x_star):
    """ν with ∇f(x*) + ν ∇h(x*) = 0, fitted by least squares."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("lagrange_multiplier")
