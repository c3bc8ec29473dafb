"""Ejercicio / Exercise: tangent_line

ES: Escribe `tangent_line(f, x0, h=1e-5)`: recibe una función `f` de una variable, un punto
    `x0` (un número) y un paso `h`, y devuelve un arreglo de forma `(2,)` con [pendiente,
    ordenada al origen] de la recta tangente a `f` en `x0`, es decir,
    y = pendiente·x + ordenada. La pendiente sale de la diferencia central
    (f(x0 + h) − f(x0 − h)) / (2h), con el `h` que recibe la función; la recta tiene que
    pasar por el punto (x0, f(x0)).

    Comprueba tu código con:  gradiente check tangent_line

EN: Write `tangent_line(f, x0, h=1e-5)`: it takes a one-variable function `f`, a point `x0`
    (a number) and a step `h`, and returns an array of shape `(2,)` holding [slope,
    intercept] of the tangent line to `f` at `x0`, that is, y = slope·x + intercept. The
    slope comes from the central difference (f(x0 + h) − f(x0 − h)) / (2h), with the `h` the
    function receives; the line must go through the point (x0, f(x0)).

    Check your code with:  gradiente check tangent_line
"""

import numpy as np


def tangent_line(f, x0, h=1e-5):
    """[slope, intercept] of the tangent to f at x0, slope by a central difference; shape (2,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("tangent_line")
