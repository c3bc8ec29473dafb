"""Ejercicio / Exercise: correlation_matrix

ES: Escribe `correlation_matrix(X)`: recibe los datos `X` de forma `(n, d)` (una muestra por
    fila, una variable por columna) y devuelve la matriz de correlación de Pearson de forma
    `(d, d)`: ρ_jk = Σ_jk / (σ_j σ_k). Calcúlala tú con las columnas centradas
    (no vale `np.corrcoef`). El `ddof` que elijas se cancela si usas el mismo en Σ y en las
    σ.

    Comprueba tu código con:  gradiente check correlation_matrix

EN: Write `correlation_matrix(X)`: it takes the data `X` of shape `(n, d)` (one sample per
    row, one variable per column) and returns the Pearson correlation matrix of shape
    `(d, d)`: ρ_jk = Σ_jk / (σ_j σ_k). Compute it yourself from the centred columns
    (no `np.corrcoef`). Whichever `ddof` you choose cancels if you use the same one in Σ and
    in the σ's.

    Check your code with:  gradiente check correlation_matrix
"""

import numpy as np


def correlation_matrix(X):
    """The (d, d) correlation matrix of the columns of X (rows are samples)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("correlation_matrix")
