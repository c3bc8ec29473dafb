"""Ejercicio / Exercise: gradient

ES: Escribe `gradient(f, x, h=1e-5)`, el vector de derivadas parciales de f: Rⁿ → R en el
    punto x (un arreglo de forma (n,)), con una diferencia central por coordenada: para
    ∂f/∂xᵢ mueve solo la coordenada i en ±h. Devuelve un arreglo de reales con la forma de
    x, también cuando x es un arreglo de enteros.

    Comprueba tu código con:  gradiente check gradient

EN: Write `gradient(f, x, h=1e-5)`, the vector of partial derivatives of f: Rⁿ → R at the
    point x (an array of shape (n,)), with one central difference per coordinate: for ∂f/∂xᵢ
    move coordinate i only, by ±h. Return an array of floats shaped like x, also when x is
    an array of integers.

    Check your code with:  gradiente check gradient
"""

import numpy as np


def gradient(f, x, h=1e-5):
    """Approximate the gradient ∇f(x) by central differences, one coordinate at a time."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gradient")
