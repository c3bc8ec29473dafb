"""Ejercicio / Exercise: det

ES: Escribe `det(A)`, el determinante de una matriz cuadrada A (un arreglo de forma (n, n)),
    por eliminación con pivoteo parcial: en cada columna k elige como pivote la entrada de
    mayor valor absoluto de la fila k hacia abajo, intercambia filas si hace falta (cada
    intercambio cambia el signo), resta múltiplos de la fila pivote a las filas de abajo y,
    al final, multiplica los pivotes. Si una columna se queda sin pivote distinto de cero,
    el determinante es 0. Devuelve un float. No uses np.linalg.det y no modifiques A:
    trabaja sobre una copia.

    Comprueba tu código con:  gradiente check det

EN: Write `det(A)`, the determinant of a square matrix A (an array of shape (n, n)), by
    elimination with partial pivoting: in each column k pick as pivot the entry of largest
    absolute value from row k down, swap rows when needed (each swap flips the sign),
    subtract multiples of the pivot row from the rows below and, at the end, multiply the
    pivots. If a column is left with no nonzero pivot, the determinant is 0. Return a float.
    Do not use np.linalg.det, and do not change A: work on a copy.

    Check your code with:  gradiente check det
"""

import numpy as np


def det(A):
    """The determinant of the square matrix A, as a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("det")
