"""Ejercicio / Exercise: signed_distances

ES: Escribe `signed_distances(w, b, X)`: recibe el vector normal `w` (forma `(d,)`), el
    sesgo `b` (un número) y los puntos `X` (forma `(n, d)`, un punto por fila), y devuelve
    un arreglo de forma `(n,)` con la distancia con signo de cada punto al hiperplano
    wᵀx + b = 0: positiva del lado hacia el que apunta w, negativa del otro.

    Comprueba tu código con:  gradiente check signed_distances

EN: Write `signed_distances(w, b, X)`: it takes the normal vector `w` (shape `(d,)`), the
    bias `b` (a number) and the points `X` (shape `(n, d)`, one point per row), and returns
    an array of shape `(n,)` with the signed distance from each point to the hyperplane
    wᵀx + b = 0: positive on the side w points to, negative on the other.

    Check your code with:  gradiente check signed_distances
"""

import numpy as np


def signed_distances(w, b, X):
    """The signed distance of each row of X to the hyperplane wᵀx + b = 0, shape (n,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("signed_distances")
