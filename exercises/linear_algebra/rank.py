"""Ejercicio / Exercise: rank

ES: Escribe `rank(A, tol=1e-10)`, que devuelve (como int) el número de pivotes de la forma
    escalonada reducida de A, calculada como en `rref`: pivoteo parcial, y una entrada con
    |a| < tol cuenta como 0. La tolerancia es más holgada que la de `rref` porque con datos
    reales el redondeo se acumula. Cada ejercicio se corrige por separado: copia aquí tu
    `rref` o escribe la eliminación de nuevo.

    Comprueba tu código con:  gradiente check rank

EN: Write `rank(A, tol=1e-10)`, which returns (as an int) the number of pivots of the
    reduced row-echelon form of A, computed as in `rref`: partial pivoting, and an entry
    with |a| < tol counts as 0. The tolerance is looser than in `rref` because on real data
    round-off piles up. Each exercise is checked on its own: copy your `rref` here, or write
    the elimination again.

    Check your code with:  gradiente check rank
"""

import numpy as np


def rank(A, tol=1e-10):
    """Number of pivots of the RREF of A, with |entries| < tol counted as 0."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("rank")
