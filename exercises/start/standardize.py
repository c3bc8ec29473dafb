"""Ejercicio / Exercise: standardize

ES: Escribe `standardize(X)`, que estandariza cada columna de `X`
    (forma (n_samples, n_features)): z_ij = (x_ij − μ_j) / σ_j, con la media μ_j y la
    desviación estándar poblacional σ_j (ddof=0) de la columna j. Devuelve un arreglo de la
    misma forma que `X`. Una columna constante (σ_j = 0) debe quedar toda en ceros, no en
    NaN. Sin bucles de Python.

    Comprueba tu código con:  gradiente check standardize

EN: Write `standardize(X)`, which standardises each column of `X`
    (shape (n_samples, n_features)): z_ij = (x_ij − μ_j) / σ_j, with the mean μ_j and the
    population standard deviation σ_j (ddof=0) of column j. Return an array shaped like `X`.
    A constant column (σ_j = 0) must come out as all zeros, not NaN. No Python loops.

    Check your code with:  gradiente check standardize
"""

import numpy as np


def standardize(X):
    """Return X standardised column by column, shape (n_samples, n_features)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("standardize")
