"""Ejercicio / Exercise: sigmoid_layer_jacobian

ES: Escribe `sigmoid_layer_jacobian(A, b, x)`: recibe la matriz `A` de una capa, de forma
    `(m, n)`, su sesgo `b` de forma `(m,)` y una entrada `x` de forma `(n,)`, y devuelve el
    jacobiano de x ↦ σ(Ax + b) en `x`, de forma `(m, n)`: la fila i es la salida i y la
    columna j la entrada j (la convención del curso, §1.3). σ es la sigmoide,
    1 / (1 + e^(−z)).

    Comprueba tu código con:  gradiente check sigmoid_layer_jacobian

EN: Write `sigmoid_layer_jacobian(A, b, x)`: it takes a layer's matrix `A`, of shape
    `(m, n)`, its bias `b` of shape `(m,)` and an input `x` of shape `(n,)`, and returns the
    Jacobian of x ↦ σ(Ax + b) at `x`, of shape `(m, n)`: row i is output i and column j is
    input j (the course's convention, §1.3). σ is the sigmoid, 1 / (1 + e^(−z)).

    Check your code with:  gradiente check sigmoid_layer_jacobian
"""

import numpy as np


def sigmoid_layer_jacobian(A, b, x):
    """The (m, n) Jacobian of x ↦ σ(Ax + b) at x."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("sigmoid_layer_jacobian")
