"""Ejercicio / Exercise: inverse

ES: Escribe `inverse(A)`, la inversa de una matriz cuadrada A por Gauss–Jordan: arma la
    matriz aumentada [A | I] y, en cada columna k, elige el pivote de mayor valor absoluto
    de la fila k hacia abajo, intercambia filas, divide la fila pivote entre el pivote y
    anula la columna k en todas las demás filas, arriba y abajo. Al final la mitad derecha
    es A⁻¹: devuélvela, de forma (n, n). Si en alguna columna el mejor pivote cumple
    |pivote| ≤ 1e-12 · max|aᵢⱼ|, A es singular: lanza un ValueError con un mensaje que lo
    explique (np.linalg.LinAlgError también vale, porque es un ValueError). No uses
    np.linalg.inv ni np.linalg.solve.

    Comprueba tu código con:  gradiente check inverse

EN: Write `inverse(A)`, the inverse of a square matrix A by Gauss–Jordan: build the
    augmented matrix [A | I] and, in each column k, pick the pivot of largest absolute value
    from row k down, swap rows, divide the pivot row by the pivot and clear column k in
    every other row, above and below. At the end the right half is A⁻¹: return it, of shape
    (n, n). If in some column the best pivot has |pivot| ≤ 1e-12 · max|aᵢⱼ|, A is singular:
    raise a ValueError whose message says so (np.linalg.LinAlgError works too, since it is a
    ValueError). Do not use np.linalg.inv or np.linalg.solve.

    Check your code with:  gradiente check inverse
"""

import numpy as np


def inverse(A):
    """The inverse of the square matrix A, as an (n, n) array; ValueError if A is singular."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("inverse")
