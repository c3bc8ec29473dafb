"""Ejercicio / Exercise: cumulative_trapezoid

ES: Escribe `cumulative_trapezoid(ys, xs)`: recibe los valores `ys` de una función en los
    puntos `xs` (dos arreglos 1-D del mismo largo n, con `xs` creciente, no necesariamente
    equiespaciado) y devuelve un arreglo de forma `(n,)` con la integral acumulada por la
    regla del trapecio: F[0] = 0 y F[k] = Σ_{i<k} (ys[i] + ys[i+1]) / 2 · (xs[i+1] − xs[i]).
    Cada trapecio usa el ancho de su propio intervalo. Sin bucles de Python: un caso tiene
    801 puntos.

    Comprueba tu código con:  gradiente check cumulative_trapezoid

EN: Write `cumulative_trapezoid(ys, xs)`: it takes the values `ys` of a function at the
    points `xs` (two 1-D arrays of the same length n, with `xs` increasing, not necessarily
    evenly spaced) and returns an array of shape `(n,)` holding the running integral by the
    trapezoid rule: F[0] = 0 and F[k] = Σ_{i<k} (ys[i] + ys[i+1]) / 2 · (xs[i+1] − xs[i]).
    Each trapezoid uses the width of its own interval. No Python loops: one case has 801
    points.

    Check your code with:  gradiente check cumulative_trapezoid
"""

import numpy as np


def cumulative_trapezoid(ys, xs):
    """The running trapezoid integral of ys over xs, F[0] = 0; shape (len(xs),)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("cumulative_trapezoid")
