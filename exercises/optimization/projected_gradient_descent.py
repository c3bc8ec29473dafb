"""Ejercicio / Exercise: projected_gradient_descent

ES: Escribe `projected_gradient_descent(grad, project, x0, lr, n_steps)`: el descenso de
    gradiente que no sale del conjunto. El primer punto es `project(x0)`; después, n_steps
    veces, x ← project(x − lr·grad(x)). `grad(x)` y `project(x)` reciben y devuelven
    vectores de forma (d,). Devuelve todos los puntos, el primero incluido, en un arreglo de
    forma (n_steps + 1, d).

    Comprueba tu código con:  gradiente check projected_gradient_descent

EN: Write `projected_gradient_descent(grad, project, x0, lr, n_steps)`: gradient descent
    that never leaves the set. The first point is `project(x0)`; then, n_steps times,
    x ← project(x − lr·grad(x)). `grad(x)` and `project(x)` take and return vectors of shape
    (d,). Return every point, the first one included, as an array of shape (n_steps + 1, d).

    Check your code with:  gradiente check projected_gradient_descent
"""

import numpy as np


def projected_gradient_descent(grad, project, x0, lr, n_steps):
    """Every point of x ← project(x − lr·∇f(x)), from project(x0): shape (n_steps + 1, d)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("projected_gradient_descent")
