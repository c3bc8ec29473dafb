"""Ejercicio / Exercise: logistic_grad_single

ES: Escribe `logistic_grad_single(x, y, w, b)` para una sola muestra: x de forma (d,), la
    etiqueta y ∈ {0, 1}, los pesos w de forma (d,) y el sesgo b (un número). Con
    z = wᵀx + b, p = σ(z) y L = −[y ln p + (1 − y) ln(1 − p)], devuelve un arreglo de forma
    (d + 1,): primero las d componentes de ∇_w L y al final ∂L/∂b. Debe funcionar también
    cuando p se redondea a 0 o a 1.

    Comprueba tu código con:  gradiente check logistic_grad_single

EN: Write `logistic_grad_single(x, y, w, b)` for a single sample: x of shape (d,), the label
    y ∈ {0, 1}, the weights w of shape (d,) and the bias b (a number). With z = wᵀx + b,
    p = σ(z) and L = −[y ln p + (1 − y) ln(1 − p)], return an array of shape (d + 1,): first
    the d entries of ∇_w L, then ∂L/∂b last. It must work also when p rounds to 0 or 1.

    Check your code with:  gradiente check logistic_grad_single
"""

import numpy as np


def logistic_grad_single(x, y, w, b):
    """[∇_w L, ∂L/∂b] of the logistic loss on one sample, shape (d + 1,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("logistic_grad_single")
