"""Ejercicio / Exercise: eigvals_2x2

ES: Escribe `eigvals_2x2(A)`, que recibe una matriz `A` de forma (2, 2) con valores propios
    reales y devuelve los dos, el mayor primero, en un arreglo de forma (2,). Resuelve
    λ² − tr(A)·λ + det(A) = 0 con la fórmula cuadrática, sin np.linalg. Si el valor propio
    está repetido, devuélvelo dos veces. (La comprobación ordena tu respuesta, así que el
    orden no te hará fallar.)

    Comprueba tu código con:  gradiente check eigvals_2x2

EN: Write `eigvals_2x2(A)`, which takes a matrix `A` of shape (2, 2) with real eigenvalues
    and returns both of them, largest first, in an array of shape (2,). Solve
    λ² − tr(A)·λ + det(A) = 0 with the quadratic formula, without np.linalg. If the
    eigenvalue is repeated, return it twice. (The check sorts your answer, so the order will
    not make you fail.)

    Check your code with:  gradiente check eigvals_2x2
"""

import numpy as np


def eigvals_2x2(A):
    """Both eigenvalues of the 2×2 matrix A, largest first: an array of shape (2,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("eigvals_2x2")
