"""Ejercicio / Exercise: nearest_neighbors

ES: Escribe `nearest_neighbors(X, x, k, metric)`: `X` es una tabla de forma
    (n_muestras, n_variables), `x` un punto de forma (n_variables,). Devuelve un arreglo con
    los índices de las k filas de X más cercanas a x, la más cercana primero. Con
    `metric="euclidean"`, más cercana es la de menor distancia ‖X[i] − x‖; con
    `metric="cosine"`, la de mayor similitud coseno. En un empate va primero el índice
    menor. Con cualquier otra métrica, lanza `ValueError`.

    Comprueba tu código con:  gradiente check nearest_neighbors

EN: Write `nearest_neighbors(X, x, k, metric)`: `X` is a table of shape
    (n_samples, n_features), `x` a point of shape (n_features,). Return an array with the
    indices of the k rows of X closest to x, the closest first. With `metric="euclidean"`,
    closest means the smallest distance ‖X[i] − x‖; with `metric="cosine"`, the largest
    cosine similarity. In a tie the lower index comes first. For any other metric, raise
    `ValueError`.

    Check your code with:  gradiente check nearest_neighbors
"""

import numpy as np


def nearest_neighbors(X, x, k, metric):
    """The indices of the k rows of X closest to x, closest first (ties: lower index first)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("nearest_neighbors")
