"""Ejercicio / Exercise: fit_line

ES: Escribe `fit_line(x, y)`, que devuelve `np.array([w, b])`, la pendiente y la ordenada al
    origen de la recta que minimiza el error cuadrático medio sobre los datos (dos arreglos
    1-D de la misma forma), con la fórmula centrada: w = Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)²
    y b = ȳ − w x̄.

    Comprueba tu código con:  gradiente check fit_line

EN: Write `fit_line(x, y)`, which returns `np.array([w, b])`, the slope and the intercept of
    the line that minimises the mean squared error on the data (two 1-D arrays of the same
    shape), from the centred formula: w = Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)² and b = ȳ − w
    x̄.

    Check your code with:  gradiente check fit_line
"""

import numpy as np


def fit_line(x, y):
    """The least-squares slope and intercept, as np.array([w, b])."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("fit_line")
