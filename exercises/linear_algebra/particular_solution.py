"""Ejercicio / Exercise: particular_solution

ES: Escribe `particular_solution(A, b, tol=1e-10)`, que devuelve una solución de A x = b
    como arreglo de forma (n,): la que tiene todas las variables libres en 0. Lleva [A | b]
    a su forma escalonada reducida (pivoteo parcial; |a| < tol cuenta como 0): cada variable
    pivote se lee en la última columna de su fila. Si el sistema no tiene solución (queda un
    pivote en la columna de b), lanza `ValueError` con un mensaje que explique por qué.

    Comprueba tu código con:  gradiente check particular_solution

EN: Write `particular_solution(A, b, tol=1e-10)`, which returns one solution of A x = b as
    an array of shape (n,): the one with every free variable 0. Bring [A | b] to its reduced
    row-echelon form (partial pivoting; |a| < tol counts as 0): each pivot variable is read
    in the last column of its row. If the system has no solution
    (a pivot is left in b's column), raise `ValueError` with a message that says why.

    Check your code with:  gradiente check particular_solution
"""

import numpy as np


def particular_solution(A, b, tol=1e-10):
    """The solution of A x = b with every free variable 0; ValueError if there is none."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("particular_solution")
