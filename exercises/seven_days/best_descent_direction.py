"""Ejercicio / Exercise: best_descent_direction

ES: Escribe `best_descent_direction(J, w, directions, h=1e-6)`: recibe un costo `J` (una
    función que toma un arreglo y devuelve un número), un punto `w` de forma `(d,)`, un
    arreglo `directions` de forma `(k, d)` cuyas filas son vectores unitarios, y un paso
    `h`. Para cada fila `u`, estima la derivada direccional de `J` en `w` con el cociente
    central (J(w + h·u) − J(w − h·u)) / (2h), usando el `h` que recibe la función, y
    devuelve un entero: el índice de la fila con el cociente más negativo, la dirección por
    la que `J` baja más rápido. Usa las filas tal como llegan: no supongas que están sobre
    un círculo ni en algún orden.

    Comprueba tu código con:  gradiente check best_descent_direction

EN: Write `best_descent_direction(J, w, directions, h=1e-6)`: it takes a cost `J` (a
    function that takes an array and returns a number), a point `w` of shape `(d,)`, an
    array `directions` of shape `(k, d)` whose rows are unit vectors, and a step `h`. For
    each row `u`, estimate the directional derivative of `J` at `w` with the central
    quotient (J(w + h·u) − J(w − h·u)) / (2h), using the `h` the function receives, and
    return an integer: the index of the row with the most negative quotient, the direction
    along which `J` falls fastest. Use the rows as they come: do not assume they lie on a
    circle or in any order.

    Check your code with:  gradiente check best_descent_direction
"""

import numpy as np


def best_descent_direction(J, w, directions, h=1e-6):
    """The index (an int) of the row of directions along which J falls fastest from w."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("best_descent_direction")
