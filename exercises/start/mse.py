"""Ejercicio / Exercise: mse

ES: Escribe `mse(y_true, y_pred)`, el error cuadrático medio: recibe dos arreglos 1-D de la
    misma forma, los valores reales y las predicciones, y devuelve un solo número, la media
    de los cuadrados de las diferencias (1/n) Σ (ŷᵢ − yᵢ)².

    Comprueba tu código con:  gradiente check mse

EN: Write `mse(y_true, y_pred)`, the mean squared error: it takes two 1-D arrays of the same
    shape, the true values and the predictions, and returns a single number, the mean of the
    squared differences (1/n) Σ (ŷᵢ − yᵢ)².

    Check your code with:  gradiente check mse
"""

import numpy as np


def mse(y_true, y_pred):
    """The mean squared error of the predictions y_pred against the true values y_true."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("mse")
