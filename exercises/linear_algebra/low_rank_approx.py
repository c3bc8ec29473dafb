"""Ejercicio / Exercise: low_rank_approx

ES: Escribe `low_rank_approx(X, k)`, que recibe datos `X` de forma (n, d) y un entero
    0 ≤ k ≤ min(n, d) y devuelve X reconstruida con sus k primeras componentes, con la misma
    forma que X: la media de las columnas más Uₖ Σₖ Vₖᵀ, la mejor aproximación de rango k de
    los datos centrados Xc = U Σ Vᵀ. Puedes usar `np.linalg.svd`.

    Comprueba tu código con:  gradiente check low_rank_approx

EN: Write `low_rank_approx(X, k)`, which takes data `X` of shape (n, d) and an integer
    0 ≤ k ≤ min(n, d) and returns X rebuilt from its first k components, with the same shape
    as X: the mean of the columns plus Uₖ Σₖ Vₖᵀ, the best rank-k approximation of the
    centred data Xc = U Σ Vᵀ. You may use `np.linalg.svd`.

    Check your code with:  gradiente check low_rank_approx
"""

import numpy as np


def low_rank_approx(X, k):
    """X rebuilt from its first k principal components: the column means plus U_k Σ_k V_kᵀ."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("low_rank_approx")
