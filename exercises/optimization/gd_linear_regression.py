"""Ejercicio / Exercise: gd_linear_regression

ES: Escribe `gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000)`: el descenso de
    gradiente sobre J(w) = (1/n)‖Xw − y‖², desde w = 0 (un vector de n_features ceros).
    Antes de cada actualización calcula ∇J(w); si ‖∇J(w)‖ ≤ tol, detente; si no, haz
    w ← w − lr·∇J(w). Como mucho max_iter actualizaciones. Devuelve solo el último w, de
    forma (n_features,).

    Comprueba tu código con:  gradiente check gd_linear_regression

EN: Write `gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000)`: gradient descent on
    J(w) = (1/n)‖Xw − y‖², from w = 0 (a vector of n_features zeros). Before each update
    compute ∇J(w); if ‖∇J(w)‖ ≤ tol, stop; otherwise do w ← w − lr·∇J(w). At most max_iter
    updates. Return only the last w, of shape (n_features,).

    Check your code with:  gradiente check gd_linear_regression
"""

import numpy as np


def gd_linear_regression(X, y, lr, tol=1e-6, max_iter=100_000):
    """Gradient descent on the mean squared error from w = 0; returns the last w."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gd_linear_regression")
