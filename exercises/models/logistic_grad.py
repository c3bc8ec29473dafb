"""Ejercicio / Exercise: logistic_grad

ES: Escribe `logistic_grad(X, y, w, b)`: con los mismos argumentos que `logistic_loss`
    (y ∈ {0, 1}), devuelve el gradiente de la pérdida logarítmica media como un arreglo de
    forma `(d + 1,)`: primero las d derivadas respecto de w (∇_w L), y al final la derivada
    respecto de b (∂L/∂b), con p = σ(Xw + b). Sin bucles sobre los ejemplos: una suma sobre
    las filas de X se escribe como un producto de matrices.

    Comprueba tu código con:  gradiente check logistic_grad

EN: Write `logistic_grad(X, y, w, b)`: with the same arguments as `logistic_loss`
    (y ∈ {0, 1}), it returns the gradient of the mean log loss as an array of shape
    `(d + 1,)`: first the d derivatives with respect to w (∇_w L), and last the derivative
    with respect to b (∂L/∂b), with p = σ(Xw + b). No loops over the examples: a sum over
    the rows of X is written as a matrix product.

    Check your code with:  gradiente check logistic_grad
"""

import numpy as np


def logistic_grad(X, y, w, b):
    """Return [∇_w L, ∂L/∂b] of the mean log loss, shape (d + 1,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("logistic_grad")
