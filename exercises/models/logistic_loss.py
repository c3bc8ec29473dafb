"""Ejercicio / Exercise: logistic_loss

ES: Escribe `logistic_loss(X, y, w, b)`: recibe `X` de forma `(n, d)`, las etiquetas `y`
    (0 o 1) de forma `(n,)`, los pesos `w` de forma `(d,)` y el sesgo `b` (un número), y
    devuelve un solo número: la pérdida logarítmica media L = −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ)
    ln(1 − pᵢ)], con pᵢ = σ(zᵢ) y z = Xw + b. Tiene que dar un número finito aunque |z|
    valga miles: calcúlala a partir de z con `np.logaddexp`, sin pasar por p.

    Comprueba tu código con:  gradiente check logistic_loss

EN: Write `logistic_loss(X, y, w, b)`: it takes `X` of shape `(n, d)`, the labels `y`
    (0 or 1) of shape `(n,)`, the weights `w` of shape `(d,)` and the bias `b` (a number),
    and returns a single number: the mean log loss L = −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ)
    ln(1 − pᵢ)], with pᵢ = σ(zᵢ) and z = Xw + b. It must stay finite even when |z| is in the
    thousands: compute it from z with `np.logaddexp`, without going through p.

    Check your code with:  gradiente check logistic_loss
"""

import numpy as np


def logistic_loss(X, y, w, b):
    """Return the mean log loss (a float), computed from z = Xw + b with np.logaddexp."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("logistic_loss")
