"""Ejercicio / Exercise: gradient_descent

ES: Escribe el descenso de gradiente. Empieza en x0 y da n_steps pasos
        x_{k+1} = x_k − lr · ∇f(x_k)
    donde `grad(x)` te da ∇f(x). Devuelve la trayectoria completa: un arreglo con
    n_steps + 1 filas (el punto inicial y un punto después de cada paso).
    Comprueba tu código con:  gradiente check gradient_descent

EN: Write gradient descent. Start at x0 and take n_steps steps
        x_{k+1} = x_k − lr · ∇f(x_k)
    where `grad(x)` gives you ∇f(x). Return the whole trajectory: an array with
    n_steps + 1 rows (the starting point and one point after each step).
    Check your code with:  gradiente check gradient_descent
"""

import numpy as np


def gradient_descent(grad, x0, lr, n_steps):
    """Run n_steps of gradient descent from x0; return the n_steps + 1 points visited."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gradient_descent")
