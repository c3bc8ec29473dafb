"""Ejercicio / Exercise: explained_variance_ratio

ES: Escribe `explained_variance_ratio(X)`, que recibe datos `X` de forma (n, d), con n ≥ d,
    y devuelve un arreglo de forma (d,) con la proporción de la varianza total que va a lo
    largo de cada componente principal, de mayor a menor: λᵢ / (λ₁ + … + λ_d), donde λᵢ son
    los valores propios de la covarianza. Las proporciones suman 1. Puedes usar
    `np.linalg.svd`.

    Comprueba tu código con:  gradiente check explained_variance_ratio

EN: Write `explained_variance_ratio(X)`, which takes data `X` of shape (n, d), with n ≥ d,
    and returns an array of shape (d,) with the share of the total variance that lies along
    each principal component, from largest to smallest: λᵢ / (λ₁ + … + λ_d), where λᵢ are
    the eigenvalues of the covariance. The ratios add up to 1. You may use `np.linalg.svd`.

    Check your code with:  gradiente check explained_variance_ratio
"""

import numpy as np


def explained_variance_ratio(X):
    """The share of the total variance along each of the d principal components, largest first."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("explained_variance_ratio")
