"""Ejercicio / Exercise: gram_matrix

ES: Escribe `gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0)`, que devuelve la
    matriz K de forma `(len(X), len(Z))` con `K[i, j] = k(X[i], Z[j])`: para
    `kernel="linear"`, xᵀz; para `"poly"`, (γ xᵀz + coef0)^degree; para `"rbf"`,
    e^(−γ‖x − z‖²). Sin bucles de Python sobre los puntos: los casos tienen 150 × 150 pares.

    Comprueba tu código con:  gradiente check gram_matrix

EN: Write `gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0)`, which returns the
    matrix K of shape `(len(X), len(Z))` with `K[i, j] = k(X[i], Z[j])`: for
    `kernel="linear"`, xᵀz; for `"poly"`, (γ xᵀz + coef0)^degree; for `"rbf"`,
    e^(−γ‖x − z‖²). No Python loops over the points: the cases have 150 × 150 pairs.

    Check your code with:  gradiente check gram_matrix
"""

import numpy as np


def gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0):
    """The kernel between every row of X and every row of Z, shape (len(X), len(Z))."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gram_matrix")
