"""Ejercicio / Exercise: newton_root

ES: Escribe `newton_root(f, df, x0, n_iter)`: parte de x0 y da n_iter pasos de Newton,
    x ← x − f(x)/f′(x), donde `f` y `df` son funciones de un número real. Devuelve todos los
    puntos visitados, x0 incluido, como un arreglo de forma (n_iter + 1,).

    Comprueba tu código con:  gradiente check newton_root

EN: Write `newton_root(f, df, x0, n_iter)`: start at x0 and take n_iter Newton steps,
    x ← x − f(x)/f′(x), where `f` and `df` are functions of one real number. Return every
    point visited, x0 included, as an array of shape (n_iter + 1,).

    Check your code with:  gradiente check newton_root
"""

import numpy as np


def newton_root(f, df, x0, n_iter):
    """The iterates x0, x1, …, x_n_iter of Newton's method for a root of f."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("newton_root")
