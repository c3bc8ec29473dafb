"""Ejercicio / Exercise: cosine_similarity

ES: Escribe `cosine_similarity(u, v)`, que recibe dos vectores de la misma longitud
    (arreglos de forma (n,)) y devuelve un número: el coseno del ángulo entre ellos,
    u·v / (‖u‖ ‖v‖), entre −1 y 1. Si alguno de los dos es el vector cero, no hay ángulo:
    lanza `ValueError` con un mensaje que lo explique.

    Comprueba tu código con:  gradiente check cosine_similarity

EN: Write `cosine_similarity(u, v)`, which takes two vectors of the same length
    (arrays of shape (n,)) and returns a number: the cosine of the angle between them,
    u·v / (‖u‖ ‖v‖), between −1 and 1. If either of them is the zero vector there is no
    angle: raise `ValueError` with a message that says why.

    Check your code with:  gradiente check cosine_similarity
"""

import numpy as np


def cosine_similarity(u, v):
    """cos θ = u·v / (‖u‖ ‖v‖), a number in [−1, 1]; ValueError for a zero vector."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("cosine_similarity")
