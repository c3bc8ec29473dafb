"""Ejercicio / Exercise: dual_derivative

ES: Completa la clase `Dual` del archivo: un número dual a + bε con ε² = 0, con `value` = a
    y `dual` = b. Ya tiene `+` (también `2 + x`, con `__radd__`); te faltan el signo menos y
    `−`, `×`, `÷` (cada uno también con el número a la izquierda: `__rsub__`, `__rmul__`,
    `__rtruediv__`), `**` con un exponente que es un número, y los métodos `exp()` y `sin()`
    (np.exp(x) y np.sin(x) los llaman cuando x es un Dual). Después escribe
    `dual_derivative(f, x)`: evalúa f en el dual x + 1·ε y devuelve f′(x), un float, que es
    la parte dual del resultado. Si f devuelve un número y no un Dual (f no depende de x),
    la derivada es 0.0.

    Comprueba tu código con:  gradiente check dual_derivative

EN: Complete the file's `Dual` class: a dual number a + bε with ε² = 0, with `value` = a and
    `dual` = b. It already has `+` (also `2 + x`, through `__radd__`); what is missing is
    unary minus and `−`, `×`, `÷` (each also with the number on the left: `__rsub__`,
    `__rmul__`, `__rtruediv__`), `**` with an exponent that is a number, and the methods
    `exp()` and `sin()` (np.exp(x) and np.sin(x) call them when x is a Dual). Then write
    `dual_derivative(f, x)`: evaluate f at the dual x + 1·ε and return f′(x), a float, which
    is the dual part of the result. If f returns a number rather than a Dual
    (f does not depend on x), the derivative is 0.0.

    Check your code with:  gradiente check dual_derivative
"""

import numpy as np


class Dual:
    """A dual number a + b·ε with ε² = 0: ``value`` is a, ``dual`` is b.

    Un número dual a + b·ε con ε² = 0: ``value`` es a, ``dual`` es b.
    """

    def __init__(self, value, dual=0.0):
        self.value = float(value)
        self.dual = float(dual)

    def __repr__(self):
        return f"Dual({self.value!r}, {self.dual!r})"

    @staticmethod
    def lift(other):
        """A plain number c as the dual number c + 0·ε (a constant has derivative 0)."""
        return other if isinstance(other, Dual) else Dual(other, 0.0)

    # Done for you / ya está hecha: the sum rule, (f + g)′ = f′ + g′.
    def __add__(self, other):
        other = Dual.lift(other)
        return Dual(self.value + other.value, self.dual + other.dual)

    # 2 + x: int.__add__ cannot add a Dual, so Python asks x.__radd__(2).
    __radd__ = __add__

    # TODO: __neg__, __sub__, __rsub__, __mul__, __rmul__, __truediv__, __rtruediv__,
    #       __pow__ (a number exponent), exp and sin. Each returns a new Dual.


def dual_derivative(f, x):
    """f′(x), read off the dual part of f(x + 1·ε)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("dual_derivative")
