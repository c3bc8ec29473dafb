"""Ejercicio / Exercise: critical_points

ES: Escribe `critical_points(coeffs)`. `coeffs` son los coeficientes de un polinomio p, del
    grado más alto al más bajo, como los usa `np.polyval`. Devuelve un arreglo de forma
    `(k, 2)` con una fila [x, tipo] por cada punto crítico, ordenadas por x: los x son las
    raíces reales **distintas** de p′ (una raíz cuenta como real si |parte
    imaginaria| < 1e-6, y dos raíces a menos de 1e-6 son el mismo punto), y el tipo es +1 si
    es un mínimo (p″(x) > 0), −1 si es un máximo (p″(x) < 0) y 0 si |p″(x)| < 1e-9, cuando
    la segunda derivada no decide. Si p no tiene puntos críticos, devuelve un arreglo de
    forma `(0, 2)`.

    Comprueba tu código con:  gradiente check critical_points

EN: Write `critical_points(coeffs)`. `coeffs` are the coefficients of a polynomial p, from
    the highest degree down, as `np.polyval` uses them. Return an array of shape `(k, 2)`
    with one row [x, type] per critical point, sorted by x: the x are the **distinct** real
    roots of p′ (a root counts as real if |imaginary part| < 1e-6, and two roots less than
    1e-6 apart are the same point), and the type is +1 for a minimum (p″(x) > 0), −1 for a
    maximum (p″(x) < 0) and 0 if |p″(x)| < 1e-9, when the second derivative cannot decide.
    If p has no critical points, return an array of shape `(0, 2)`.

    Check your code with:  gradiente check critical_points
"""

import numpy as np


def critical_points(coeffs):
    """Rows [x, type] sorted by x: the critical points of the polynomial, typed by p″ (+1 min, −1 max, 0 none)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("critical_points")
