"""Ejercicio / Exercise: trapezoid

ES: Escribe `trapezoid(f, a, b, n)`, que aproxima ∫ₐᵇ f(x) dx con la regla del trapecio
    sobre n subintervalos del mismo ancho h = (b − a)/n, y devuelve un float. `f` recibe un
    arreglo de NumPy y devuelve sus valores punto a punto (como np.exp o np.sin). Si b < a,
    la misma fórmula, con h negativo, da el negativo de la integral de b a a.

    Comprueba tu código con:  gradiente check trapezoid

EN: Write `trapezoid(f, a, b, n)`, which approximates ∫ₐᵇ f(x) dx by the trapezoid rule on n
    sub-intervals of equal width h = (b − a)/n, and returns a float. `f` takes a NumPy array
    and returns its values point by point (like np.exp or np.sin). If b < a, the same
    formula, with a negative h, gives minus the integral from b to a.

    Check your code with:  gradiente check trapezoid
"""

import numpy as np


def trapezoid(f, a, b, n):
    """Approximate the integral of f from a to b with the trapezoid rule on n sub-intervals."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("trapezoid")
