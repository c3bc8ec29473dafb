"""Ejercicio / Exercise: covariance_matrix

ES: Escribe `covariance_matrix(X)`, que recibe un arreglo `X` de forma (n, d) —cada fila es
    una muestra y cada columna una variable— y devuelve su matriz de covarianza muestral, de
    forma (d, d): C = Xcᵀ Xc / (n − 1), donde Xc es X con la media de cada columna restada.
    Divide entre n − 1 (ddof=1, como `np.cov`). Escribe la fórmula tú; usa `np.cov` solo
    para comparar.

    Comprueba tu código con:  gradiente check covariance_matrix

EN: Write `covariance_matrix(X)`, which takes an array `X` of shape (n, d) —each row is a
    sample and each column a variable— and returns its sample covariance matrix, of shape
    (d, d): C = Xcᵀ Xc / (n − 1), where Xc is X with each column's mean subtracted. Divide
    by n − 1 (ddof=1, as `np.cov` does). Write the formula yourself; use `np.cov` only to
    compare.

    Check your code with:  gradiente check covariance_matrix
"""

import numpy as np


def covariance_matrix(X):
    """The (d, d) sample covariance of the columns of X (rows are samples), dividing by n − 1."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("covariance_matrix")
