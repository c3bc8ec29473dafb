"""Ejercicio / Exercise: newton_step

ES: Escribe `newton_step(grad, hess, x)`: el punto x − H(x)⁻¹∇f(x) al que salta Newton desde
    x. `grad(x)` devuelve el gradiente (de forma (n,)) y `hess(x)` la hessiana
    (de forma (n, n)); x tiene forma (n,) y el resultado también. Resuelve el sistema lineal
    con `np.linalg.solve`; no calcules la inversa.

    Comprueba tu código con:  gradiente check newton_step

EN: Write `newton_step(grad, hess, x)`: the point x − H(x)⁻¹∇f(x) that Newton jumps to from
    x. `grad(x)` returns the gradient (of shape (n,)) and `hess(x)` the Hessian
    (of shape (n, n)); x has shape (n,) and so does the result. Solve the linear system with
    `np.linalg.solve`; do not compute the inverse.

    Check your code with:  gradiente check newton_step
"""

import numpy as np


def newton_step(grad, hess, x):
    """The point x − H(x)⁻¹∇f(x) that one Newton step reaches from x."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("newton_step")
