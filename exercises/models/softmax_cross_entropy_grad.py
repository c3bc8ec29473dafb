"""Ejercicio / Exercise: softmax_cross_entropy_grad

ES: Escribe `softmax_cross_entropy_grad(Z, y)`: recibe los logits `Z` (forma `(n, k)`, una
    muestra por fila) y las etiquetas enteras `y` (forma `(n,)`, valores de 0 a k − 1), y
    devuelve ∂L/∂Z, de forma `(n, k)`, para la pérdida media L = −(1/n) Σᵢ log
    softmax(zᵢ)[yᵢ]. Tiene que funcionar también con logits muy grandes.

    Comprueba tu código con:  gradiente check softmax_cross_entropy_grad

EN: Write `softmax_cross_entropy_grad(Z, y)`: it takes the logits `Z` (shape `(n, k)`, one
    sample per row) and the integer labels `y` (shape `(n,)`, values 0 to k − 1), and
    returns ∂L/∂Z, of shape `(n, k)`, for the mean loss L = −(1/n) Σᵢ log softmax(zᵢ)[yᵢ].
    It must also work with very large logits.

    Check your code with:  gradiente check softmax_cross_entropy_grad
"""

import numpy as np


def softmax_cross_entropy_grad(Z, y):
    """(softmax(Z) - onehot(y)) / n, shape (n, k)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("softmax_cross_entropy_grad")
