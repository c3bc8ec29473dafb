"""Reference solution: dual_derivative (forward-mode automatic differentiation with dual numbers)."""

import numpy as np


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
        return Dual(self.value + other.value, self.dual + other.dual)  # (f + g)′ = f′ + g′

    __radd__ = __add__  # 2 + x: int.__add__ gives up, so Python asks x.__radd__(2)

    def __neg__(self):
        return Dual(-self.value, -self.dual)

    def __sub__(self, other):
        return self + (-Dual.lift(other))

    def __rsub__(self, other):
        return Dual.lift(other) + (-self)

    def __mul__(self, other):
        other = Dual.lift(other)
        # (a + bε)(c + dε) = ac + (ad + bc)ε + bd·ε², and ε² = 0: the product rule
        return Dual(self.value * other.value, self.value * other.dual + self.dual * other.value)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Dual.lift(other)
        # (f / g)′ = (f′g − f g′) / g²
        return Dual(
            self.value / other.value,
            (self.dual * other.value - self.value * other.dual) / other.value**2,
        )

    def __rtruediv__(self, other):
        return Dual.lift(other) / self

    def __pow__(self, n):
        # (fⁿ)′ = n·fⁿ⁻¹·f′, for a plain number n
        return Dual(self.value**n, n * self.value ** (n - 1) * self.dual)

    def exp(self):  # np.exp(x) calls x.exp() when x is a Dual
        return Dual(np.exp(self.value), np.exp(self.value) * self.dual)  # chain rule: e^f · f′

    def sin(self):  # np.sin(x) calls x.sin()
        return Dual(np.sin(self.value), np.cos(self.value) * self.dual)  # chain rule: cos f · f′


def dual_derivative(f, x):
    """f′(x), read off the ε part of f(x + 1·ε); 0.0 when f's answer does not depend on x."""
    result = f(Dual(x, 1.0))
    return result.dual if isinstance(result, Dual) else 0.0
