"""Ejercicio / Exercise: matmul_grad_a

ES: Escribe `matmul_grad_a(A, B, G)`. Para C = A B, con A de forma (m, n) y B de forma
    (n, p), y G = ∂L/∂C de forma (m, p), devuelve ∂L/∂A, que tiene la forma de A: (m, n).
    Solo matrices 2-D (sin lotes).

    Comprueba tu código con:  gradiente check matmul_grad_a

EN: Write `matmul_grad_a(A, B, G)`. For C = A B, with A of shape (m, n) and B of shape
    (n, p), and G = ∂L/∂C of shape (m, p), return ∂L/∂A, which has the shape of A: (m, n).
    Only 2-D matrices (no batches).

    Check your code with:  gradiente check matmul_grad_a
"""

import numpy as np


def matmul_grad_a(A, B, G):
    """dL/dA for C = A @ B, given G = dL/dC; it has the shape of A."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("matmul_grad_a")
