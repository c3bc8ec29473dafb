"""Ejercicio / Exercise: taylor_eval

ES: Escribe `taylor_eval(derivs, x0, x)`: `derivs` es una lista [f(x₀), f′(x₀), f″(x₀), …]
    con las derivadas de f en el punto x₀, y `x` un arreglo de puntos. Devuelve el polinomio
    de Taylor Σₖ derivs[k]·(x − x₀)ᵏ / k!, para k = 0 … len(derivs) − 1, evaluado en cada
    punto: un arreglo de la forma de x (también cuando derivs tiene un solo número).

    Comprueba tu código con:  gradiente check taylor_eval

EN: Write `taylor_eval(derivs, x0, x)`: `derivs` is a list [f(x₀), f′(x₀), f″(x₀), …] with
    the derivatives of f at the point x₀, and `x` an array of points. Return the Taylor
    polynomial Σₖ derivs[k]·(x − x₀)ᵏ / k!, for k = 0 … len(derivs) − 1, evaluated at every
    point: an array shaped like x (also when derivs holds a single number).

    Check your code with:  gradiente check taylor_eval
"""

import math

import numpy as np


def taylor_eval(derivs, x0, x):
    """The Taylor polynomial Σₖ derivs[k]·(x − x₀)ᵏ / k! at every point of x, an array shaped like x."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("taylor_eval")
