"""Ejercicio / Exercise: compose

ES: Escribe `compose(*matrices)`, que recibe una o más matrices A₁, A₂, …, Aₖ
    (arreglos 2-D de NumPy) y devuelve la única matriz que aplica esas transformaciones en
    el orden dado: primero A₁, después A₂, y así hasta Aₖ. Es decir, M = Aₖ ⋯ A₂ A₁, de modo
    que `M @ x` da lo mismo que aplicar las matrices a x una por una. Las formas tienen que
    encajar: si A₁ es (n₁, n₀), A₂ es (n₂, n₁), y así, M sale de forma (nₖ, n₀). Con una
    sola matriz, devuelve esa matriz.

    Comprueba tu código con:  gradiente check compose

EN: Write `compose(*matrices)`, which takes one or more matrices A₁, A₂, …, Aₖ
    (2-D NumPy arrays) and returns the single matrix that applies those maps in the given
    order: first A₁, then A₂, and so on up to Aₖ. That is, M = Aₖ ⋯ A₂ A₁, so that `M @ x`
    gives the same as applying the matrices to x one at a time. The shapes must fit: if A₁
    is (n₁, n₀), A₂ is (n₂, n₁), and so on, then M has shape (nₖ, n₀). With a single matrix,
    return that matrix.

    Check your code with:  gradiente check compose
"""

import numpy as np


def compose(*matrices):
    """The single matrix that applies matrices[0] first, then matrices[1], and so on."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("compose")
