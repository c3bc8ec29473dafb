"""Ejercicio / Exercise: relu_network_1d

ES: Escribe `relu_network_1d(x, w, b, a, c)`: recibe los puntos `x` (forma `(n,)`), los
    pesos y sesgos de las k unidades ocultas `w` y `b` (forma `(k,)`), los pesos de salida
    `a` (forma `(k,)`) y el sesgo de salida `c` (un número), y devuelve f(x) = c + Σⱼ
    aⱼ·max(0, wⱼx + bⱼ) en cada punto, forma `(n,)`, sin bucles en Python.

    Comprueba tu código con:  gradiente check relu_network_1d

EN: Write `relu_network_1d(x, w, b, a, c)`: it takes the points `x` (shape `(n,)`), the
    weights and biases of the k hidden units `w` and `b` (shape `(k,)`), the output weights
    `a` (shape `(k,)`) and the output bias `c` (a number), and returns f(x) = c + Σⱼ
    aⱼ·max(0, wⱼx + bⱼ) at each point, shape `(n,)`, with no Python loops.

    Check your code with:  gradiente check relu_network_1d
"""

import numpy as np


def relu_network_1d(x, w, b, a, c):
    """f(x) = c + Σ a_j max(0, w_j x + b_j) at every point, shape (n,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("relu_network_1d")
