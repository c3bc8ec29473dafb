"""Checks for dual_derivative(f, x): forward mode with dual numbers, f′(x) from f(x + 1·ε).

Each input function is written with +, −, ×, ÷, ** and np.exp / np.sin only: NumPy calls
``x.exp()`` and ``x.sin()`` when ``x`` is not a plain number, so the learner's ``Dual`` runs them.
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cubic_by_products(x):
    return x * x * x - 2 * x  # f′(x) = 3x² − 2: 10 at x = 2


def x_sin_x(x):
    return x * np.sin(x)  # f′(x) = sin x + x cos x


def rational(x):
    return (x**2 + 1) / (x - 3)  # f′(x) = (2x(x − 3) − (x² + 1)) / (x − 3)²: −1.5 at x = 1


def logistic(x):
    return 1 / (1 + np.exp(-x))  # σ′ = σ(1 − σ): 0.25 at x = 0


def constant(x):
    return 5.0  # does not depend on x: f′ = 0


def cases():
    return [
        Case(
            T(es="a mano: x·x·x − 2x en x = 2 (da 10)", en="by hand: x·x·x − 2x at x = 2 (gives 10)"),
            (cubic_by_products, 2.0),
        ),
        Case(T(es="x·sin(x) en x = 1", en="x·sin(x) at x = 1"), (x_sin_x, 1.0)),
        Case(T(es="(x² + 1)/(x − 3) en x = 1", en="(x² + 1)/(x − 3) at x = 1"), (rational, 1.0)),
        Case(T(es="1/(1 + exp(−x)) en x = 0", en="1/(1 + exp(−x)) at x = 0"), (logistic, 0.0)),
        Case(
            T(
                es="una f que no depende de x: f(x) = 5 en x = 7 (devuelve un float, no un Dual)",
                en="an f that does not depend on x: f(x) = 5 at x = 7 (it returns a float, not a Dual)",
            ),
            (constant, 7.0),
        ),
    ]


class _Wrong:
    """A dual number with one rule written the typical wrong way (``rule`` names which)."""

    def __init__(self, value, dual, rule):
        self.value, self.dual, self.rule = float(value), float(dual), rule

    def _lift(self, other):
        return other if isinstance(other, _Wrong) else _Wrong(other, 0.0, self.rule)

    def __add__(self, other):
        other = self._lift(other)
        return _Wrong(self.value + other.value, self.dual + other.dual, self.rule)

    __radd__ = __add__

    def __neg__(self):
        return _Wrong(-self.value, -self.dual, self.rule)

    def __sub__(self, other):
        return self + (-self._lift(other))

    def __rsub__(self, other):
        return self._lift(other) + (-self)

    def __mul__(self, other):
        other = self._lift(other)
        a, b, c, d = self.value, self.dual, other.value, other.dual
        dual = {"bd": b * d, "eps2": a * d + b * c + b * d}.get(self.rule, a * d + b * c)
        return _Wrong(a * c, dual, self.rule)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._lift(other)
        a, b, c, d = self.value, self.dual, other.value, other.dual
        dual = (b * c + a * d) / c**2 if self.rule == "quotient_plus" else (b * c - a * d) / c**2
        return _Wrong(a / c, dual, self.rule)

    def __rtruediv__(self, other):
        return self._lift(other) / self

    def __pow__(self, n):
        return _Wrong(self.value**n, n * self.value ** (n - 1) * self.dual, self.rule)

    def exp(self):
        slope = np.exp(self.value)
        return _Wrong(np.exp(self.value), slope if self.rule == "no_chain" else slope * self.dual, self.rule)

    def sin(self):
        slope = np.cos(self.value)
        return _Wrong(np.sin(self.value), slope if self.rule == "no_chain" else slope * self.dual, self.rule)


def _with_rule(f, x, rule):
    result = f(_Wrong(x, 1.0, rule))
    return result.dual if isinstance(result, _Wrong) else 0.0


_MESSAGES = {
    "bd": T(
        es="Tu regla del producto da b·d como parte dual. Multiplica con cuidado: (a + bε)(c + dε) = ac + (ad + bc)ε "
        "+ bd·ε², y como ε² = 0, la parte dual es ad + bc (la regla del producto: f′g + fg′). Con b·d, x·x tendría "
        "parte dual 1 en cualquier x.",
        en="Your product rule gives b·d as the dual part. Multiply carefully: (a + bε)(c + dε) = ac + (ad + bc)ε "
        "+ bd·ε², and since ε² = 0 the dual part is ad + bc (the product rule: f′g + fg′). With b·d, x·x would have "
        "dual part 1 at every x.",
    ),
    "eps2": T(
        es="Tu regla del producto conserva el término bd·ε²: la parte dual te quedó ad + bc + bd. Pero ε² = 0, así "
        "que ese término desaparece: la parte dual de (a + bε)(c + dε) es solo ad + bc.",
        en="Your product rule keeps the bd·ε² term: your dual part came out as ad + bc + bd. But ε² = 0, so that "
        "term vanishes: the dual part of (a + bε)(c + dε) is just ad + bc.",
    ),
    "no_chain": T(
        es="Tu exp (o tu sin) olvida la regla de la cadena: exp(a + bε) = eᵃ + eᵃ·b·ε, no eᵃ + eᵃ·ε. Con x sola "
        "(b = 1) no se nota; en exp(−x), b = −1 y el signo de la derivada se invierte. Multiplica por la parte "
        "dual de la entrada.",
        en="Your exp (or your sin) forgets the chain rule: exp(a + bε) = eᵃ + eᵃ·b·ε, not eᵃ + eᵃ·ε. With plain "
        "x (b = 1) you cannot tell; in exp(−x), b = −1 and the derivative flips sign. Multiply by the input's "
        "dual part.",
    ),
    "quotient_plus": T(
        es="Tu regla del cociente suma donde debe restar: (f/g)′ = (f′g − f g′)/g², así que la parte dual de "
        "(a + bε)/(c + dε) es (bc − ad)/c². Compruébalo con 1/x: su derivada es −1/x², negativa.",
        en="Your quotient rule adds where it must subtract: (f/g)′ = (f′g − f g′)/g², so the dual part of "
        "(a + bε)/(c + dε) is (bc − ad)/c². Check it on 1/x: its derivative is −1/x², negative.",
    ),
}


def diagnose(case, expected, got):
    """Recognise the product rule with b·d or with the ε² term kept, the quotient rule with +, and exp/sin without the chain rule."""
    f, x = case.args
    if getattr(got, "type_name", "") == "Dual":
        return T(
            es="Tu función devolvió el Dual entero. La derivada es un float: su parte dual, `resultado.dual`.",
            en="Your function returned the whole Dual. The derivative is a float: its dual part, `result.dual`.",
        )
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.integer, np.floating)):
        return None
    # NOTE: on 1/(1 + exp(−x)) at 0 the missing chain rule and the quotient rule with + both give −0.25;
    # the quotient mistake is caught first, on (x² + 1)/(x − 3), which has no exp.
    for rule, message in _MESSAGES.items():
        candidate = _with_rule(f, x, rule)
        if np.isclose(got, candidate, rtol=1e-9) and not np.isclose(candidate, expected, rtol=1e-9):
            return message
    return None
