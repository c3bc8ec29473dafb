"""Ejercicio / Exercise: rref

ES: Escribe `rref(M, tol=1e-12)`, que devuelve la forma escalonada reducida de la matriz M
    (de m × n) como un arreglo nuevo de reales con la misma forma, sin modificar M: cada
    pivote vale 1 y es lo único distinto de 0 en su columna. Recorre las columnas de
    izquierda a derecha con pivoteo parcial: en cada columna, entre las filas que todavía no
    tienen pivote, elige la de mayor |entrada| y súbela. La tolerancia es absoluta: si esa
    entrada cumple |a| < tol, la columna no tiene pivote (lo que queda en ella es redondeo:
    ponlo en 0) y pasas a la siguiente columna con la misma fila. Al final, toda entrada con
    |a| < tol vale 0.

    Comprueba tu código con:  gradiente check rref

EN: Write `rref(M, tol=1e-12)`, which returns the reduced row-echelon form of the matrix M
    (m × n) as a new array of floats of the same shape, leaving M unchanged: every pivot is
    1 and is the only non-zero entry of its column. Go through the columns from left to
    right with partial pivoting: in each column, among the rows that have no pivot yet, pick
    the one with the largest |entry| and move it up. The tolerance is absolute: if that
    entry has |a| < tol, the column has no pivot (what is left in it is round-off: set it to
    0) and you move on to the next column with the same row. At the end, every entry with
    |a| < tol is 0.

    Check your code with:  gradiente check rref
"""

import numpy as np


def rref(M, tol=1e-12):
    """RREF of M: pivots 1, zeros above and below them; |entries| < tol count as 0."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("rref")
