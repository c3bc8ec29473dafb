"""Ejercicio / Exercise: map_linear_regression

ES: Escribe `map_linear_regression(X, y, sigma2, tau2)`: con el modelo y = Xw + b + ruido,
    ruido ~ N(0, σ²) (`sigma2` = σ²), y la distribución a priori w ~ N(0, τ² I)
    (`tau2` = τ²), devuelve el estimador MAP de los pesos `w` (forma `(d,)`, sin el
    intercepto). `X` tiene forma `(n, d)` e `y` forma `(n,)`. El intercepto b no tiene
    distribución a priori: centra `X` e `y` (resta la media de cada columna) antes de
    resolver, y no lo devuelvas.

    Comprueba tu código con:  gradiente check map_linear_regression

EN: Write `map_linear_regression(X, y, sigma2, tau2)`: with the model y = Xw + b + noise,
    noise ~ N(0, σ²) (`sigma2` = σ²), and the prior w ~ N(0, τ² I) (`tau2` = τ²), return the
    MAP estimate of the weights `w` (shape `(d,)`, without the intercept). `X` has shape
    `(n, d)` and `y` shape `(n,)`. The intercept b has no prior: centre `X` and `y`
    (subtract each column's mean) before solving, and do not return it.

    Check your code with:  gradiente check map_linear_regression
"""

import numpy as np


def map_linear_regression(X, y, sigma2, tau2):
    """The MAP weights w, shape (d,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("map_linear_regression")
