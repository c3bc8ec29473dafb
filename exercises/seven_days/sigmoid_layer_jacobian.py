"""Ejercicio / Exercise: sigmoid_layer_jacobian

ES: Escribe `sigmoid_layer_jacobian(A, b, x)`: recibe la matriz de pesos `A` de forma
    `(m, n)`, el sesgo `b` de forma `(m,)` y una entrada `x` de forma `(n,)`, y devuelve la
    matriz jacobiana de la capa x ↦ σ(Ax + b) en `x`, de forma `(m, n)`: la fila i es el
    gradiente de la salida i respecto de x (la convención de la lección 2.5). Aquí
    σ(t) = 1 / (1 + e^(−t)) se aplica a cada entrada de z = Ax + b. Usa NumPy; sin
    diferencias finitas.

    Comprueba tu código con:  gradiente check sigmoid_layer_jacobian

EN: Write `sigmoid_layer_jacobian(A, b, x)`: it takes the weight matrix `A` of shape
    `(m, n)`, the bias `b` of shape `(m,)` and an input `x` of shape `(n,)`, and returns the
    Jacobian matrix of the layer x ↦ σ(Ax + b) at `x`, of shape `(m, n)`: row i is the
    gradient of output i with respect to x (the convention of lesson 2.5). Here
    σ(t) = 1 / (1 + e^(−t)) is applied to each entry of z = Ax + b. Use NumPy; no finite
    differences.

    Check your code with:  gradiente check sigmoid_layer_jacobian
"""

import numpy as np


def sigmoid_layer_jacobian(A, b, x):
    """The Jacobian of x ↦ σ(Ax + b) at x, of shape (m, n): row i is the gradient of output i."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("sigmoid_layer_jacobian")
