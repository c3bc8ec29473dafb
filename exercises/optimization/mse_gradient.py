"""Ejercicio / Exercise: mse_gradient

ES: Escribe `mse_gradient(X, y, w)`: el gradiente de J(w) = (1/n)‖Xw − y‖² en w. `X` tiene
    forma (n_samples, n_features), `y` forma (n_samples,) y `w` forma (n_features,).
    Devuelve un arreglo con la forma de w. Sin bucles: una multiplicación de matrices basta.

    Comprueba tu código con:  gradiente check mse_gradient

EN: Write `mse_gradient(X, y, w)`: the gradient of J(w) = (1/n)‖Xw − y‖² at w. `X` has shape
    (n_samples, n_features), `y` shape (n_samples,) and `w` shape (n_features,). Return an
    array shaped like w. No loops: one matrix product is enough.

    Check your code with:  gradiente check mse_gradient
"""

import numpy as np


def mse_gradient(X, y, w):
    """∇J(w) for J(w) = (1/n)‖Xw − y‖², an array shaped like w."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("mse_gradient")
