"""Checks for trapezoid(f, a, b, n): a hand case, the map's integrals (eˣ, sin, the normal density), n = 1 and b < a."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def square(x):
    return x**2


def standard_normal_density(x):
    return np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi)


def cases():
    return [
        Case(
            T(
                es="f(x) = x² en [1, 3] con n = 2 (a mano: h = 1, T = 1/2 + 4 + 9/2 = 9)",
                en="f(x) = x² on [1, 3] with n = 2 (by hand: h = 1, T = 1/2 + 4 + 9/2 = 9)",
            ),
            (square, 1.0, 3.0, 2),
            rtol=1e-9,
        ),
        Case(
            T(es="f(x) = eˣ en [0, 1] con n = 10", en="f(x) = eˣ on [0, 1] with n = 10"),
            (np.exp, 0.0, 1.0, 10),
            rtol=1e-9,
        ),
        Case(
            T(es="f(x) = eˣ en [0, 1] con n = 100", en="f(x) = eˣ on [0, 1] with n = 100"),
            (np.exp, 0.0, 1.0, 100),
            rtol=1e-9,
        ),
        Case(
            T(es="f(x) = sin(x) en [0, π] con n = 8", en="f(x) = sin(x) on [0, π] with n = 8"),
            (np.sin, 0.0, np.pi, 8),
            rtol=1e-9,
        ),
        Case(
            T(
                es="densidad normal estándar en [−1.96, 1.96] con n = 20 (cerca de 0.95)",
                en="standard normal density on [−1.96, 1.96] with n = 20 (close to 0.95)",
            ),
            (standard_normal_density, -1.96, 1.96, 20),
            rtol=1e-9,
        ),
        Case(
            T(
                es="caso límite: un solo trapecio, f(x) = eˣ en [0, 1] con n = 1",
                en="edge case: a single trapezoid, f(x) = eˣ on [0, 1] with n = 1",
            ),
            (np.exp, 0.0, 1.0, 1),
            rtol=1e-9,
        ),
        Case(
            T(
                es="caso límite: límites al revés, f(x) = sin(x) de π a 0 con n = 8 (da el negativo)",
                en="edge case: limits reversed, f(x) = sin(x) from π to 0 with n = 8 (gives the negative)",
            ),
            (np.sin, np.pi, 0.0, 8),
            rtol=1e-9,
        ),
    ]


def _sum(f, a, b, n, weights):
    """h · Σ wᵢ f(xᵢ) on the n + 1 points of the case, with the weights a mistake uses."""
    h = (b - a) / n
    return h * float(np.dot(weights, f(np.linspace(a, b, n + 1))))


def diagnose(case, expected, got):
    """Recognise the end points not halved, n points taken for n sub-intervals, and the left and right sums."""
    f, a, b, n = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None

    def matches(candidate):
        return np.isclose(got, candidate, rtol=1e-9) and not np.isclose(candidate, expected, rtol=1e-9)

    h = (b - a) / n
    if matches(_sum(f, a, b, n, np.ones(n + 1))):
        gap = h * (f(a) + f(b)) / 2
        return T(
            es=f"Sumaste todos los puntos con peso 1: te sobra h·(f(a) + f(b))/2 = {gap:.6g}. En la regla del trapecio "
            "cada extremo pertenece a un solo trapecio, así que f(a) y f(b) van multiplicados por 1/2; solo los "
            "puntos de adentro cuentan completos.",
            en=f"You added every point with weight 1: you have h·(f(a) + f(b))/2 = {gap:.6g} too much. In the "
            "trapezoid rule each end point belongs to one trapezoid only, so f(a) and f(b) are multiplied by 1/2; "
            "only the inner points count in full.",
        )
    if n > 1 and matches(_sum(f, a, b, n - 1, np.r_[0.5, np.ones(n - 2), 0.5])):
        return T(
            es=f"Tu resultado es la regla del trapecio con n − 1 = {n - 1} subintervalos: usaste n puntos. Con n "
            "subintervalos hay n + 1 puntos, xᵢ = a + i·h para i = 0, …, n, y h = (b − a)/n.",
            en=f"Your result is the trapezoid rule with n − 1 = {n - 1} sub-intervals: you used n points. With n "
            "sub-intervals there are n + 1 points, xᵢ = a + i·h for i = 0, …, n, and h = (b − a)/n.",
        )
    if matches(_sum(f, a, b, n, np.r_[np.ones(n), 0.0])):
        return T(
            es="Calculaste la suma de Riemann por la izquierda, h·(f(x₀) + … + f(xₙ₋₁)): rectángulos con la altura "
            "del extremo izquierdo. El trapecio usa los dos extremos de cada subintervalo: h·(f(xᵢ) + f(xᵢ₊₁))/2.",
            en="You computed the left Riemann sum, h·(f(x₀) + … + f(xₙ₋₁)): rectangles as tall as the left end. "
            "The trapezoid uses both ends of each sub-interval: h·(f(xᵢ) + f(xᵢ₊₁))/2.",
        )
    if matches(_sum(f, a, b, n, np.r_[0.0, np.ones(n)])):
        return T(
            es="Calculaste la suma de Riemann por la derecha, h·(f(x₁) + … + f(xₙ)). El trapecio promedia los dos "
            "extremos de cada subintervalo: h·(f(xᵢ) + f(xᵢ₊₁))/2.",
            en="You computed the right Riemann sum, h·(f(x₁) + … + f(xₙ)). The trapezoid averages both ends of "
            "each sub-interval: h·(f(xᵢ) + f(xᵢ₊₁))/2.",
        )
    return None
