"""Ejercicio / Exercise: one_hot

ES: Escribe `one_hot(y, n_classes)`, que recibe las etiquetas `y` (enteros de 0 a
    n_classes − 1, forma (n,)) y devuelve la matriz de forma (n, n_classes) con un 1 en la
    fila i, columna y[i], y 0 en el resto. El número de columnas lo da `n_classes`, aunque
    alguna clase no aparezca en `y`.

    Comprueba tu código con:  gradiente check one_hot

EN: Write `one_hot(y, n_classes)`, which takes the labels `y` (integers from 0 to
    n_classes − 1, shape (n,)) and returns the matrix of shape (n, n_classes) with a 1 in
    row i, column y[i], and 0 elsewhere. The number of columns is `n_classes`, even when
    some class does not appear in `y`.

    Check your code with:  gradiente check one_hot
"""

import numpy as np


def one_hot(y, n_classes):
    """Return the one-hot matrix of y, shape (len(y), n_classes)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("one_hot")
