"""Checks for taylor_eval(derivs, x0, x): the Taylor polynomial Σₖ derivs[k]·(x − x₀)ᵏ / k!."""

import math

import numpy as np

from gradiente.calculus_symbolic import parse, symbolic_derivative
from gradiente.course.checking import Case
from gradiente.course.i18n import T


def softplus_derivatives(order):
    """softplus(0), softplus′(0), …, the order-th derivative at 0, computed by SymPy (ln 2, 1/2, 1/4, 0, −1/8)."""
    formula = parse("log(1 + exp(x))", ["x"])
    values = [float(formula.subs("x", 0))]
    values += [float(symbolic_derivative(formula, "x", k).subs("x", 0)) for k in range(1, order + 1)]
    return values


def cases():
    s = np.sqrt(0.5)  # sin(π/4) = cos(π/4) = √2 / 2
    return [
        Case(
            T(
                es="a mano: x² alrededor de x₀ = 1, derivs = [1, 2, 2], en x = [0, 1, 2, 3] (da x² exacta)",
                en="by hand: x² around x₀ = 1, derivs = [1, 2, 2], at x = [0, 1, 2, 3] (gives x² exactly)",
            ),
            ([1.0, 2.0, 2.0], 1.0, np.array([0.0, 1.0, 2.0, 3.0])),
            rtol=1e-12,
        ),
        Case(
            T(
                es="eˣ alrededor de 0 con 5 términos, en x = [−1, 0, 0.5, 1]",
                en="eˣ around 0 with 5 terms, at x = [−1, 0, 0.5, 1]",
            ),
            ([1.0] * 5, 0.0, np.array([-1.0, 0.0, 0.5, 1.0])),
            rtol=1e-12,
        ),
        Case(
            T(
                es="sin alrededor de x₀ = π/4 con 4 términos, en 5 puntos de [0, π/2]",
                en="sin around x₀ = π/4 with 4 terms, at 5 points of [0, π/2]",
            ),
            ([s, s, -s, -s], np.pi / 4, np.linspace(0.0, np.pi / 2, 5)),
            rtol=1e-12,
        ),
        Case(
            T(
                es="softplus alrededor de 0 con 5 términos (derivadas de SymPy), en x = [−2, −1, 0, 1, 2]",
                en="softplus around 0 with 5 terms (derivatives from SymPy), at x = [−2, −1, 0, 1, 2]",
            ),
            (softplus_derivatives(4), 0.0, np.linspace(-2.0, 2.0, 5)),
            rtol=1e-12,
        ),
        Case(
            T(
                es="un solo término: derivs = [3], x₀ = 2, en x = [−1, 2, 5] (el polinomio constante 3)",
                en="a single term: derivs = [3], x₀ = 2, at x = [−1, 2, 5] (the constant polynomial 3)",
            ),
            ([3.0], 2.0, np.array([-1.0, 2.0, 5.0])),
            rtol=1e-12,
        ),
    ]


def _polynomial(derivs, x0, x, *, factorial=True, centred=True, start=0):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k in range(start, len(derivs)):
        power = (x - x0) ** k if centred else x**k
        total = total + derivs[k] * power / (math.factorial(k) if factorial else 1)
    return total


def diagnose(case, expected, got):
    """Recognise the missing k!, xᵏ in place of (x − x₀)ᵏ, and the sum started at k = 1."""
    derivs, x0, x = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None

    def matches(**wrong):
        candidate = _polynomial(derivs, x0, x, **wrong)
        return np.allclose(got, candidate, rtol=1e-9) and not np.allclose(candidate, expected, rtol=1e-9)

    if matches(factorial=False):
        return T(
            es="Falta el factorial: cada término es derivs[k]·(x − x₀)ᵏ / k!, y sin dividir entre k! los términos "
            "de orden alto pesan de más. Sin él, ni siquiera x² alrededor de 1 se recupera: 1 + 2(x − 1) + 2(x − 1)² "
            "no es x². Usa math.factorial(k).",
            en="The factorial is missing: each term is derivs[k]·(x − x₀)ᵏ / k!, and without dividing by k! the "
            "high-order terms weigh too much. Without it not even x² around 1 comes back: 1 + 2(x − 1) + 2(x − 1)² "
            "is not x². Use math.factorial(k).",
        )
    if matches(centred=False):
        return T(
            es="Usaste xᵏ donde va (x − x₀)ᵏ: el desarrollo mide la distancia al punto x₀ donde se tomaron las "
            f"derivadas (aquí x₀ = {x0:g}). Con x₀ = 0 no se nota; con cualquier otro x₀, sí.",
            en="You used xᵏ where (x − x₀)ᵏ belongs: the expansion measures the distance to the point x₀ where the "
            f"derivatives were taken (here x₀ = {x0:g}). With x₀ = 0 you cannot tell; with any other x₀ you can.",
        )
    if matches(start=1):
        return T(
            es="Falta el término constante: la suma empieza en k = 0, con derivs[0] = f(x₀) (porque (x − x₀)⁰ = 1 y "
            "0! = 1). Si empiezas en k = 1, el polinomio vale 0 en x₀ en vez de f(x₀).",
            en="The constant term is missing: the sum starts at k = 0, with derivs[0] = f(x₀) (since (x − x₀)⁰ = 1 "
            "and 0! = 1). Starting at k = 1, the polynomial is 0 at x₀ instead of f(x₀).",
        )
    return None
