"""Ejercicio / Exercise: r2_score

ES: Escribe `r2_score(y_true, y_pred)`: recibe dos arreglos de forma `(n,)` y devuelve un
    número, R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², con ȳ la media de `y_true`.

    Comprueba tu código con:  gradiente check r2_score

EN: Write `r2_score(y_true, y_pred)`: it takes two arrays of shape `(n,)` and returns a
    number, R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², with ȳ the mean of `y_true`.

    Check your code with:  gradiente check r2_score
"""

import numpy as np


def r2_score(y_true, y_pred):
    """The coefficient of determination R²."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("r2_score")
