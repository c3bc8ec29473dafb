"""Ejercicio / Exercise: gradient_descent

ES: Escribe `gradient_descent(grad, x0, lr, n_steps, tol=None)`: desde x0, da hasta n_steps
    pasos x ← x − lr·∇f(x), donde `grad(x)` te da ∇f(x). Devuelve todos los puntos
    visitados, el inicial incluido, en un arreglo: de forma (n_steps + 1,) si x0 es un
    número, o (n_steps + 1, n) si x0 es un vector de n coordenadas. La regla de parada: si
    `tol` no es None, antes de cada paso mira el gradiente, y si ‖∇f(x)‖ ≤ tol detente ahí
    (la trayectoria tendrá entonces menos puntos).

    Comprueba tu código con:  gradiente check gradient_descent

EN: Write `gradient_descent(grad, x0, lr, n_steps, tol=None)`: from x0, take up to n_steps
    steps x ← x − lr·∇f(x), where `grad(x)` gives you ∇f(x). Return every point visited, the
    start included, as an array: of shape (n_steps + 1,) when x0 is a number, or
    (n_steps + 1, n) when x0 is a vector of n coordinates. The stopping rule: when `tol` is
    not None, look at the gradient before each step, and if ‖∇f(x)‖ ≤ tol stop there (the
    trajectory then has fewer points).

    Check your code with:  gradiente check gradient_descent
"""

import numpy as np


def gradient_descent(grad, x0, lr, n_steps, tol=None):
    """Gradient descent from x0; returns every point visited, x0 included."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gradient_descent")
