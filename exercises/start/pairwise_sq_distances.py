"""Ejercicio / Exercise: pairwise_sq_distances

ES: Escribe `pairwise_sq_distances(A, B)`, que recibe dos arreglos de puntos, `A` de forma
    (n_A, d) y `B` de forma (n_B, d), y devuelve la tabla `D` de forma (n_A, n_B) con D[i,
    j] = ‖A[i] − B[j]‖², la distancia euclidiana al cuadrado. Sin bucles de Python: usa
    ‖a − b‖² = ‖a‖² + ‖b‖² − 2 a·b y broadcasting. El redondeo puede dejar números negativos
    diminutos donde la distancia es 0: recórtalos a 0.

    Comprueba tu código con:  gradiente check pairwise_sq_distances

EN: Write `pairwise_sq_distances(A, B)`, which takes two arrays of points, `A` of shape
    (n_A, d) and `B` of shape (n_B, d), and returns the table `D` of shape (n_A, n_B) with
    D[i, j] = ‖A[i] − B[j]‖², the squared Euclidean distance. No Python loops: use
    ‖a − b‖² = ‖a‖² + ‖b‖² − 2 a·b and broadcasting. Round-off can leave tiny negative
    numbers where the distance is 0: clip them to 0.

    Check your code with:  gradiente check pairwise_sq_distances
"""

import numpy as np


def pairwise_sq_distances(A, B):
    """Return the table D of shape (len(A), len(B)) with D[i, j] = ‖A[i] − B[j]‖²."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("pairwise_sq_distances")
