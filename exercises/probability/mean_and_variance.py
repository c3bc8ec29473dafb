"""Ejercicio / Exercise: mean_and_variance

ES: Escribe `mean_and_variance(values, probs)`: recibe los valores que puede tomar una
    variable aleatoria discreta X (`values`, forma `(k,)`) y sus probabilidades (`probs`,
    forma `(k,)`, suman 1), y devuelve un arreglo de forma `(2,)` con la media E[X] = Σ x
    p(x) y la varianza Var X = E[(X − μ)²].

    Comprueba tu código con:  gradiente check mean_and_variance

EN: Write `mean_and_variance(values, probs)`: it takes the values a discrete random variable
    X can take (`values`, shape `(k,)`) and their probabilities (`probs`, shape `(k,)`,
    adding up to 1), and returns an array of shape `(2,)` with the mean E[X] = Σ x p(x) and
    the variance Var X = E[(X − μ)²].

    Check your code with:  gradiente check mean_and_variance
"""

import numpy as np


def mean_and_variance(values, probs):
    """[E[X], Var X] of a discrete distribution, as an array of shape (2,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("mean_and_variance")
