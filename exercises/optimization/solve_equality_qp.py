"""Ejercicio / Exercise: solve_equality_qp

ES: Escribe `solve_equality_qp(Q, c, A, b)`, que devuelva el x que minimiza ½ xᵀQx + cᵀx
    sujeto a A x = b, resolviendo el sistema KKT de la sección 2 con `np.linalg.solve`.
    Recibes Q de forma (n, n) simétrica, c de forma (n,), A de forma (m, n) y b de forma
    (m,). Devuelve solo x, de forma (n,) (no los multiplicadores).

    Comprueba tu código con:  gradiente check solve_equality_qp

EN: Write `solve_equality_qp(Q, c, A, b)`, returning the x that minimises ½ xᵀQx + cᵀx
    subject to A x = b, by solving section 2's KKT system with `np.linalg.solve`. You get a
    symmetric Q of shape (n, n), c of shape (n,), A of shape (m, n) and b of shape (m,).
    Return x alone, of shape (n,) (not the multipliers).

    Check your code with:  gradiente check solve_equality_qp
"""

import numpy as np


def solve_equality_qp(Q, c, A, b):
    """x, the minimizer of x·Q·x/2 + c·x with A x = b, from the KKT system."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("solve_equality_qp")
