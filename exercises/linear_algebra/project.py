"""Ejercicio / Exercise: project

ES: Escribe `project(u, onto)`, la proyección ortogonal de u sobre la recta de v = `onto`
    (dos arreglos de forma (n,)): el vector (u·v / v·v) · v, de la misma forma que u. La
    parte que sobra, u − proj, tiene que quedar perpendicular a v. Si `onto` es el vector
    cero no hay recta: lanza `ValueError`.

    Comprueba tu código con:  gradiente check project

EN: Write `project(u, onto)`, the orthogonal projection of u on the line of v = `onto`
    (two arrays of shape (n,)): the vector (u·v / v·v) · v, shaped like u. What is left
    over, u − proj, must be perpendicular to v. If `onto` is the zero vector there is no
    line: raise `ValueError`.

    Check your code with:  gradiente check project
"""

import numpy as np


def project(u, onto):
    """The projection of u on the line of onto, (u·v / v·v) v; ValueError when onto is zero."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("project")
