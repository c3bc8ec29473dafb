"""Ejercicio / Exercise: perceptron

ES: Escribe `perceptron(X, y, n_epochs)`: recibe `X` de forma `(n, d)`, las etiquetas `y`
    como 0/1 (conviértelas tú a −1/+1: 0 → −1, 1 → +1) y un entero `n_epochs`. Empieza con
    w = 0 y b = 0 y recorre las filas en el orden en que vienen, `n_epochs` veces. En cada
    fila calcula f = w·xᵢ + b; si yᵢ f ≤ 0 (lado equivocado o justo sobre la recta),
    actualiza w ← w + yᵢ xᵢ y b ← b + yᵢ en ese mismo momento. Devuelve `[b, w₁, …, w_d]`,
    forma `(d + 1,)`, con el sesgo primero.

    Comprueba tu código con:  gradiente check perceptron

EN: Write `perceptron(X, y, n_epochs)`: it takes `X` of shape `(n, d)`, the labels `y` as
    0/1 (convert them yourself to −1/+1: 0 → −1, 1 → +1) and an integer `n_epochs`. Start
    from w = 0 and b = 0 and go through the rows in the order given, `n_epochs` times. At
    each row compute f = w·xᵢ + b; if yᵢ f ≤ 0 (wrong side or right on the line), update
    w ← w + yᵢ xᵢ and b ← b + yᵢ at once. Return `[b, w₁, …, w_d]`, shape `(d + 1,)`, bias
    first.

    Check your code with:  gradiente check perceptron
"""

import numpy as np


def perceptron(X, y, n_epochs):
    """Return [b, w₁, …, w_d] after n_epochs passes of the perceptron rule, shape (d + 1,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("perceptron")
