"""Checks for cumulative_trapezoid(ys, xs): 2x on [0, 3] by hand (x², Δx = 0.25), an uneven grid by hand, the standard
normal density on linspace(−8, 8, 801) (Φ(x) − Φ(−8)), a normal density on breast cancer's own mean radii
(an uneven grid from real data), and a single point."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.stats import Normal


def _radius_grid():
    """The distinct mean radii of the 569 tumours (sorted, unevenly spaced) and the fitted normal density there."""
    data = load_breast_cancer()
    radius = data.data[:, list(data.feature_names).index("mean radius")]
    xs = np.unique(radius)
    return Normal(radius.mean(), radius.std()).pdf(xs), xs


def cases():
    line = np.linspace(0.0, 3.0, 13)
    normal_grid = np.linspace(-8.0, 8.0, 801)
    radius_density, radius_grid = _radius_grid()
    return [
        Case(
            T(
                es="a mano: p(x) = 2x en linspace(0, 3, 13), Δx = 0.25; F(x) = x² = [0, 0.0625, 0.25, …, 9]",
                en="by hand: p(x) = 2x on linspace(0, 3, 13), Δx = 0.25; F(x) = x² = [0, 0.0625, 0.25, …, 9]",
            ),
            (2 * line, line),
        ),
        Case(
            T(
                es="a mano, malla despareja: xs = [0, 2, 3, 5], ys = [1, 3, 1, 1]; F = [0, 4, 6, 8]",
                en="by hand, uneven grid: xs = [0, 2, 3, 5], ys = [1, 3, 1, 1]; F = [0, 4, 6, 8]",
            ),
            (np.array([1.0, 3.0, 1.0, 1.0]), np.array([0.0, 2.0, 3.0, 5.0])),
        ),
        Case(
            T(
                es="la densidad normal estándar en linspace(−8, 8, 801): F ≈ Φ(x) − Φ(−8)",
                en="the standard normal density on linspace(−8, 8, 801): F ≈ Φ(x) − Φ(−8)",
            ),
            (Normal(0.0, 1.0).pdf(normal_grid), normal_grid),
        ),
        Case(
            T(
                es=f"cáncer de mama: la normal ajustada al radio medio, en los {len(radius_grid)} radios distintos "
                "(malla despareja)",
                en=f"breast cancer: the normal fitted to the mean radius, at the {len(radius_grid)} distinct radii "
                "(uneven grid)",
            ),
            (radius_density, radius_grid),
        ),
        Case(
            T(es="caso límite: un solo punto, F = [0]", en="edge case: a single point, F = [0]"),
            (np.array([5.0]), np.array([2.0])),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the left sum np.cumsum(ys)·Δx, the missing leading 0, Δx forgotten, one Δx for an uneven grid,
    and the missing / 2."""
    ys, xs = (np.asarray(value, dtype=float) for value in case.args)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    n = len(xs)

    def matches(candidate):
        candidate = np.asarray(candidate, dtype=float)
        return (
            candidate.shape == got.shape
            and np.allclose(got, candidate, rtol=1e-7, atol=1e-10)
            and not (candidate.shape == expected.shape and np.allclose(candidate, expected, rtol=1e-7, atol=1e-10))
        )

    if n > 1 and got.shape == (n - 1,):
        if matches(expected[1:]):
            return T(
                es=f"Tus valores están bien, pero son {n - 1} y se esperaban {n}: falta el primero, F[0] = 0 (el "
                "área desde x₀ hasta x₀ mismo). Pon un 0 adelante, por ejemplo con np.concatenate(([0.0], …)).",
                en=f"Your values are right, but there are {n - 1} where {n} were expected: the first one, F[0] = 0 "
                "(the area from x₀ to x₀ itself), is missing. Put a 0 in front, e.g. with np.concatenate(([0.0], …)).",
            )
        return None
    if got.shape != (n,) or n < 2:
        return None
    widths = np.diff(xs)
    dx = widths[0]
    if matches(np.cumsum(ys) * dx) or matches(np.concatenate(([0.0], np.cumsum(ys[:-1] * widths)))):
        return T(
            es="Calculaste una suma de Riemann por la izquierda (como np.cumsum(ys) * dx): un rectángulo por "
            "intervalo, con la altura de un solo extremo. El trapecio promedia los dos extremos, "
            "(ys[i] + ys[i+1]) / 2, y multiplica por el ancho de su intervalo. Vuelve a calcular los términos.",
            en="You computed a left Riemann sum (like np.cumsum(ys) * dx): one rectangle per interval, as tall "
            "as one end only. The trapezoid averages both ends, (ys[i] + ys[i+1]) / 2, and multiplies by the "
            "width of its interval. Recompute the terms.",
        )
    if matches(np.concatenate(([0.0], np.cumsum((ys[:-1] + ys[1:]) / 2)))):
        return T(
            es="Sumaste los promedios (ys[i] + ys[i+1]) / 2 sin multiplicarlos por el ancho Δx = xs[i+1] − xs[i]: "
            "eso es una altura, no un área. Multiplica cada trapecio por su Δx (np.diff(xs)).",
            en="You added up the averages (ys[i] + ys[i+1]) / 2 without multiplying by the width Δx = xs[i+1] − xs[i]: "
            "that is a height, not an area. Multiply each trapezoid by its Δx (np.diff(xs)).",
        )
    if not np.allclose(widths, dx) and matches(np.concatenate(([0.0], np.cumsum((ys[:-1] + ys[1:]) / 2 * dx)))):
        return T(
            es="Usaste un solo ancho, xs[1] − xs[0], para todos los trapecios, pero esta malla es despareja: cada "
            "intervalo tiene su propio Δx. Usa np.diff(xs), un ancho por intervalo.",
            en="You used a single width, xs[1] − xs[0], for every trapezoid, but this grid is uneven: each interval "
            "has its own Δx. Use np.diff(xs), one width per interval.",
        )
    if matches(2 * expected):
        return T(
            es="Tu resultado es el doble del correcto: el área de un trapecio es el ancho por el **promedio** de "
            "las dos alturas, (ys[i] + ys[i+1]) / 2; te falta dividir entre 2.",
            en="Your result is twice the right one: a trapezoid's area is its width times the **mean** of its two "
            "heights, (ys[i] + ys[i+1]) / 2; the division by 2 is missing.",
        )
    return None
