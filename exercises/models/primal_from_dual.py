"""Ejercicio / Exercise: primal_from_dual

ES: Escribe `primal_from_dual(alpha, X, y, C)`, que devuelve `[w₁, …, w_d, b]`
    (forma `(d + 1,)`) de una SVM lineal a partir de su α: w = Σ αᵢyᵢxᵢ, y b = el promedio
    de yᵢ − wᵀxᵢ sobre los vectores de soporte libres, los de 1e-8 < αᵢ < C − 1e-8
    (siempre hay al menos uno). `y` puede venir en 0/1 o en −1/+1.

    Comprueba tu código con:  gradiente check primal_from_dual

EN: Write `primal_from_dual(alpha, X, y, C)`, which returns `[w₁, …, w_d, b]`
    (shape `(d + 1,)`) of a linear SVM from its α: w = Σ αᵢyᵢxᵢ, and b = the mean of
    yᵢ − wᵀxᵢ over the free support vectors, those with 1e-8 < αᵢ < C − 1e-8
    (there is always at least one). `y` may come as 0/1 or as −1/+1.

    Check your code with:  gradiente check primal_from_dual
"""

import numpy as np


def primal_from_dual(alpha, X, y, C):
    """The weights and the bias, concatenated: shape (n_features + 1,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("primal_from_dual")
