"""Ejercicio / Exercise: mvn_logpdf

ES: Escribe `mvn_logpdf(X, mu, Sigma)`: el logaritmo de la densidad normal multivariada
    N(x; μ, Σ) en cada fila x de `X` (forma `(n, d)`), con `mu` de forma `(d,)` y `Sigma` de
    forma `(d, d)`, simétrica y definida positiva. Devuelve un arreglo de forma `(n,)`.
    Hazlo con la factorización de Cholesky Σ = L Lᵀ: resuelve L z = x − μ para la forma
    cuadrática y usa ln|Σ| = 2 Σᵢ ln Lᵢᵢ; no calcules Σ⁻¹ ni det Σ (en d = 200 el
    determinante no cabe en un float).

    Comprueba tu código con:  gradiente check mvn_logpdf

EN: Write `mvn_logpdf(X, mu, Sigma)`: the logarithm of the multivariate normal density
    N(x; μ, Σ) at each row x of `X` (shape `(n, d)`), with `mu` of shape `(d,)` and `Sigma`
    of shape `(d, d)`, symmetric positive definite. Return an array of shape `(n,)`. Do it
    with the Cholesky factorisation Σ = L Lᵀ: solve L z = x − μ for the quadratic form and
    use ln|Σ| = 2 Σᵢ ln Lᵢᵢ; compute neither Σ⁻¹ nor det Σ (in d = 200 the determinant does
    not fit in a float).

    Check your code with:  gradiente check mvn_logpdf
"""

import numpy as np


def mvn_logpdf(X, mu, Sigma):
    """ln N(x; μ, Σ) for each row x of X, an array of shape (n,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("mvn_logpdf")
