"""Ejercicio / Exercise: momentum_path

ES: Escribe `momentum_path(grad, x0, lr, beta, n_steps)`: desde x0
    (un arreglo de forma (d,)), da n_steps pasos de momentum, con la velocidad v = 0 al
    empezar y, en cada paso, v ← beta·v + ∇f(x) y luego x ← x − lr·v (con la v nueva).
    `grad(x)` te da ∇f(x). Devuelve todos los puntos visitados, el inicial incluido, en un
    arreglo de forma (n_steps + 1, d). Con beta = 0 debe dar el descenso de gradiente de la
    lección 2.1.

    Comprueba tu código con:  gradiente check momentum_path

EN: Write `momentum_path(grad, x0, lr, beta, n_steps)`: from x0 (an array of shape (d,)),
    take n_steps momentum steps, with the velocity v = 0 at the start and, at every step,
    v ← beta·v + ∇f(x) and then x ← x − lr·v (with the new v). `grad(x)` gives you ∇f(x).
    Return every point visited, the start included, as an array of shape (n_steps + 1, d).
    With beta = 0 it must give the gradient descent of lesson 2.1.

    Check your code with:  gradiente check momentum_path
"""

import numpy as np


def momentum_path(grad, x0, lr, beta, n_steps):
    """Every point of the momentum path from x0, x0 included: shape (n_steps + 1, d)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("momentum_path")
