"""The product rule with b·d as the dual part: x·x then has dual part 1 at every x."""

import numpy as np

DIAGNOSIS = {"es": "b·d como parte dual", "en": "b·d as the dual part"}


class Dual:
    """A dual number a + b·ε with ε² = 0: ``value`` carries f(x), ``dual`` carries f′(x)."""

    def __init__(self, value, dual=0.0):
        self.value = float(value)
        self.dual = float(dual)

    @staticmethod
    def lift(other):
        """A plain number c as the dual number c + 0·ε (a constant: its derivative is 0)."""
        return other if isinstance(other, Dual) else Dual(other, 0.0)

    def __add__(self, other):
        other = Dual.lift(other)
        return Dual(self.value + other.value, self.dual + other.dual)

    __radd__ = __add__

    def __neg__(self):
        return Dual(-self.value, -self.dual)

    def __sub__(self, other):
        return self + (-Dual.lift(other))

    def __rsub__(self, other):
        return Dual.lift(other) + (-self)

    def __mul__(self, other):
        other = Dual.lift(other)

        return Dual(self.value * other.value, self.dual * other.dual)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Dual.lift(other)

        return Dual(
            self.value / other.value,
            (self.dual * other.value - self.value * other.dual) / other.value**2,
        )

    def __rtruediv__(self, other):
        return Dual.lift(other) / self

    def __pow__(self, n):

        return Dual(self.value**n, n * self.value ** (n - 1) * self.dual)

    def exp(self):
        return Dual(np.exp(self.value), np.exp(self.value) * self.dual)

    def sin(self):
        return Dual(np.sin(self.value), np.cos(self.value) * self.dual)


def dual_derivative(f, x):
    """f′(x), read off the ε part of f(x + 1·ε); 0.0 when f's answer does not depend on x."""
    result = f(Dual(x, 1.0))
    return result.dual if isinstance(result, Dual) else 0.0
