"""Ejercicio / Exercise: sample_mvn

ES: Escribe `sample_mvn(mu, Sigma, n, seed)`: `n` muestras de la normal N(μ, Σ), una por
    fila, en un arreglo de forma `(n, d)`. Sigue este protocolo, para que los números
    coincidan con los de la referencia:
    Z = np.random.default_rng(seed).standard_normal((n, d)), L el factor de Cholesky de Σ
    (Σ = L Lᵀ), y cada fila es μ + L z, es decir X = μ + Z Lᵀ.

    Comprueba tu código con:  gradiente check sample_mvn

EN: Write `sample_mvn(mu, Sigma, n, seed)`: `n` samples of the normal N(μ, Σ), one per row,
    in an array of shape `(n, d)`. Follow this protocol, so that the numbers match the
    reference's: Z = np.random.default_rng(seed).standard_normal((n, d)), L the Cholesky
    factor of Σ (Σ = L Lᵀ), and each row is μ + L z, that is X = μ + Z Lᵀ.

    Check your code with:  gradiente check sample_mvn
"""

import numpy as np


def sample_mvn(mu, Sigma, n, seed):
    """n samples of N(μ, Σ), shape (n, d), drawn with the protocol above."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("sample_mvn")
