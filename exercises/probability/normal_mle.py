"""Ejercicio / Exercise: normal_mle

ES: Escribe `normal_mle(x)`: recibe una muestra `x` (un arreglo 1-D de n números) y devuelve
    un arreglo `[mu, sigma]` de forma `(2,)` con los estimadores de máxima verosimilitud de
    una normal: la media x̄ y σ = √((1/n) Σ(xᵢ − x̄)²). Ojo: σ divide entre n (ddof=0), no
    entre n − 1.

    Comprueba tu código con:  gradiente check normal_mle

EN: Write `normal_mle(x)`: it takes a sample `x` (a 1-D array of n numbers) and returns an
    array `[mu, sigma]` of shape `(2,)` with a normal's maximum likelihood estimates: the
    mean x̄ and σ = √((1/n) Σ(xᵢ − x̄)²). Careful: σ divides by n (ddof=0), not by n − 1.

    Check your code with:  gradiente check normal_mle
"""

import numpy as np


def normal_mle(x):
    """[mu, sigma] of a normal fitted by maximum likelihood (sigma divides by n), shape (2,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("normal_mle")
