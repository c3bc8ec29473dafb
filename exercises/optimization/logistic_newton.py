"""Ejercicio / Exercise: logistic_newton

ES: Escribe `logistic_newton(X, y, n_iter)`: los pesos w de la regresión logística tras
    n_iter pasos de Newton desde w = 0, w ← w − (XᵀSX)⁻¹Xᵀ(p − y), con p = σ(Xw) y
    S = diag(pᵢ(1 − pᵢ)). `X` tiene forma (n_samples, n_features) y ya trae la columna de
    unos del intercepto; y tiene etiquetas 0/1. Devuelve w, de forma (n_features,).

    Comprueba tu código con:  gradiente check logistic_newton

EN: Write `logistic_newton(X, y, n_iter)`: the weights w of logistic regression after n_iter
    Newton steps from w = 0, w ← w − (XᵀSX)⁻¹Xᵀ(p − y), with p = σ(Xw) and
    S = diag(pᵢ(1 − pᵢ)). `X` has shape (n_samples, n_features) and already holds the
    intercept's column of ones; y holds 0/1 labels. Return w, of shape (n_features,).

    Check your code with:  gradiente check logistic_newton
"""

import numpy as np


def logistic_newton(X, y, n_iter):
    """The logistic-regression weights after n_iter Newton (IRLS) steps from w = 0."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("logistic_newton")
