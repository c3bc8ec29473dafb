"""Ejercicio / Exercise: logistic_hessian

ES: Escribe `logistic_hessian(X, w)`, la hessiana en w de la pérdida logística media
    L(w) = −(1/n) Σᵢ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], con pᵢ = σ(xᵢ · w): H = (1/n) Xᵀ
    diag(p(1 − p)) X. X tiene forma (n, d), una fila por muestra (si hay intercepto, ya
    viene como una columna de unos), y w forma (d,). Devuelve un arreglo de forma (d, d).
    Las etiquetas y no aparecen en H, así que la función no las recibe.

    Comprueba tu código con:  gradiente check logistic_hessian

EN: Write `logistic_hessian(X, w)`, the Hessian at w of the mean logistic loss L(w) = −(1/n)
    Σᵢ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], with pᵢ = σ(xᵢ · w): H = (1/n) Xᵀ diag(p(1 − p)) X.
    X has shape (n, d), one row per sample (an intercept, if any, is already a column of
    ones), and w has shape (d,). Return an array of shape (d, d). The labels y do not appear
    in H, so the function does not take them.

    Check your code with:  gradiente check logistic_hessian
"""

import numpy as np


def logistic_hessian(X, w):
    """The Hessian of the mean logistic loss at w, shape (d, d)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("logistic_hessian")
