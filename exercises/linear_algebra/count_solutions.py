"""Ejercicio / Exercise: count_solutions

ES: Escribe `count_solutions(A, b, tol=1e-10)`, que dice cuántas soluciones tiene A x = b,
    con A de m × n (no tiene que ser cuadrada) y b de forma (m,). Devuelve un número, no una
    palabra: 0 si no hay ninguna, 1 si hay exactamente una, o `math.inf` si hay infinitas.
    Calcula los rangos con tu eliminación, con la misma tolerancia: |a| < tol cuenta como 0.

    Comprueba tu código con:  gradiente check count_solutions

EN: Write `count_solutions(A, b, tol=1e-10)`, which says how many vectors x satisfy A x = b,
    with A of shape m × n (not necessarily square) and b of shape (m,). Return a number, not
    a word: 0 if there is none, 1 if there is exactly one, or `math.inf` if there are
    infinitely many. Compute the ranks with your elimination, with the same tolerance:
    |a| < tol counts as 0.

    Check your code with:  gradiente check count_solutions
"""

import math

import numpy as np


def count_solutions(A, b, tol=1e-10):
    """How many x solve A x = b: 0, 1 or math.inf."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("count_solutions")
