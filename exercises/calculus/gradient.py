"""Ejercicio / Exercise: gradient

ES: Escribe el gradiente numérico de f: Rⁿ → R en el punto x (un arreglo de forma (n,)).
    La componente i es la derivada parcial ∂f/∂xᵢ: mueve solo la coordenada i en ±h
    y usa la diferencia central. Devuelve un arreglo con la misma forma que x.
    Comprueba tu código con:  gradiente check gradient

EN: Write the numerical gradient of f: Rⁿ → R at the point x (an array of shape (n,)).
    Component i is the partial derivative ∂f/∂xᵢ: move only coordinate i by ±h
    and use the central difference. Return an array with the same shape as x.
    Check your code with:  gradiente check gradient
"""

import numpy as np


def gradient(f, x, h=1e-5):
    """Approximate the gradient ∇f(x) by central differences, one coordinate at a time."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gradient")
