"""Ejercicio / Exercise: coordinates_in_basis

ES: Escribe `coordinates_in_basis(B, v)`, que devuelve las coordenadas c del vector v en la
    base formada por las columnas b₁, …, bₙ de `B` (una matriz cuadrada e invertible, de
    forma (n, n)): los números c₁, …, cₙ tales que v = c₁ b₁ + … + cₙ bₙ, es decir, B c = v.
    Devuelve un arreglo de forma (n,). Puedes usar `gradiente.linalg.solve` o
    `np.linalg.solve`.

    Comprueba tu código con:  gradiente check coordinates_in_basis

EN: Write `coordinates_in_basis(B, v)`, which returns the coordinates c of the vector v in
    the basis made of the columns b₁, …, bₙ of `B` (a square, invertible matrix of shape (n,
    n)): the numbers c₁, …, cₙ such that v = c₁ b₁ + … + cₙ bₙ, that is, B c = v. Return an
    array of shape (n,). You may use `gradiente.linalg.solve` or `np.linalg.solve`.

    Check your code with:  gradiente check coordinates_in_basis
"""

import numpy as np


def coordinates_in_basis(B, v):
    """The coordinates c of v in the basis of B's columns: B @ c equals v."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("coordinates_in_basis")
