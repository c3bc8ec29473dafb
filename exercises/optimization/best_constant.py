"""Ejercicio / Exercise: best_constant

ES: Escribe `best_constant(y, loss)`: la constante c que minimiza el costo medio de predecir
    c para todos los datos de `y` (un arreglo o una lista de números). `loss` es "mse"
    (error cuadrático medio), "mae" (error absoluto medio) o "log" (log loss; entonces `y`
    tiene solo 0 y 1, y c es una probabilidad entre 0 y 1). Devuelve un float. Si hay un
    número par de datos y varias c empatan, devuelve la de np.median.

    Comprueba tu código con:  gradiente check best_constant

EN: Write `best_constant(y, loss)`: the constant c that minimises the mean cost of
    predicting c for every value of `y` (an array or a list of numbers). `loss` is "mse"
    (mean squared error), "mae" (mean absolute error) or "log" (log loss; then `y` holds
    only 0s and 1s, and c is a probability between 0 and 1). Return a float. If there is an
    even number of values and several c tie, return np.median's.

    Check your code with:  gradiente check best_constant
"""

import numpy as np


def best_constant(y, loss):
    """The constant c that minimises the mean loss over y (a float)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("best_constant")
