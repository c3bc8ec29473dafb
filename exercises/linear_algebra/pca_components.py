"""Ejercicio / Exercise: pca_components

ES: Escribe `pca_components(X, k)`, que recibe datos `X` de forma (n, d) y un entero k y
    devuelve las k componentes principales como las filas de un arreglo de forma (k, d):
    vectores de norma 1, de la dirección de mayor varianza a la de menor. Centra los datos
    primero. Como un vector propio vale lo mismo que su opuesto, fija el signo de cada fila
    para que su entrada más grande en valor absoluto sea positiva (la convención de
    `gradiente.linalg.PCA`). Puedes usar `np.linalg.svd` o `np.linalg.eigh`.

    Comprueba tu código con:  gradiente check pca_components

EN: Write `pca_components(X, k)`, which takes data `X` of shape (n, d) and an integer k and
    returns the top k principal components as the rows of an array of shape (k, d): unit
    vectors, from the direction of largest variance to the smallest. Centre the data first.
    Since an eigenvector is as good as its negative, fix each row's sign so that its entry
    largest in absolute value is positive (the convention of `gradiente.linalg.PCA`). You
    may use `np.linalg.svd` or `np.linalg.eigh`.

    Check your code with:  gradiente check pca_components
"""

import numpy as np


def pca_components(X, k):
    """The top k principal directions of X as the rows of a (k, d) array, each with its largest-|·| entry positive."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("pca_components")
