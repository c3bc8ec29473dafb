"""Checks for two_proportion_z(x1, n1, x2, n2): the map's A/B, unequal groups, a far tail, equal rates."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.stats import Normal


def cases():
    return [
        Case(
            T(
                es="A/B: 120 conversiones de 1000 contra 150 de 1000; z ≈ −1.963, p ≈ 0.0496",
                en="A/B: 120 conversions out of 1000 vs 150 out of 1000; z ≈ −1.963, p ≈ 0.0496",
            ),
            (120, 1000, 150, 1000),
        ),
        Case(
            T(
                es="grupos de distinto tamaño: 30 de 250 (12 %) contra 64 de 400 (16 %)",
                en="groups of different sizes: 30 out of 250 (12 %) vs 64 out of 400 (16 %)",
            ),
            (30, 250, 64, 400),
        ),
        Case(
            T(
                es="una diferencia enorme: 5 de 1000 contra 60 de 1000; p ≈ 4·10⁻¹²",
                en="a huge difference: 5 out of 1000 vs 60 out of 1000; p ≈ 4·10⁻¹²",
            ),
            (5, 1000, 60, 1000),
            atol=0.0,
        ),
        Case(
            T(
                es="tasas iguales: 45 de 500 en cada grupo; z = 0 y p = 1",
                en="equal rates: 45 out of 500 in each group; z = 0 and p = 1",
            ),
            (45, 500, 45, 500),
        ),
    ]


def _variant(x1, n1, x2, n2, *, pooled=True, sides=2, absolute=True):
    p1, p2 = x1 / n1, x2 / n2
    if pooled:
        p = (x1 + x2) / (n1 + n2)
        se = np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    else:
        se = np.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    z = (p1 - p2) / se
    return np.array([z, sides * Normal().sf(abs(z) if absolute else z)])


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None

    def matches(value):
        return np.allclose(got, value, rtol=1e-6, atol=0.0)

    args = case.args
    if matches(_variant(*args, pooled=False)):
        return T(
            es="Usaste el error estándar sin combinar, √(p̂₁(1 − p̂₁)/n₁ + p̂₂(1 − p̂₂)/n₂). Bajo H₀ las dos tasas son "
            "iguales, así que se estima una sola con todos los datos, p̂ = (x₁ + x₂)/(n₁ + n₂), y "
            "SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)).",
            en="You used the unpooled standard error, √(p̂₁(1 − p̂₁)/n₁ + p̂₂(1 − p̂₂)/n₂). Under H₀ both rates are "
            "equal, so one rate is estimated from all the data, p̂ = (x₁ + x₂)/(n₁ + n₂), and "
            "SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)).",
        )
    if matches(_variant(*args, sides=1)):
        return T(
            es="Tu valor p es la mitad del esperado: contaste una sola cola. La prueba es bilateral, p = 2·P(Z ≥ |z|).",
            en="Your p-value is half the expected one: you counted one tail only. The test is two-sided, "
            "p = 2·P(Z ≥ |z|).",
        )
    if expected[0] != 0 and np.allclose(got, [-expected[0], expected[1]], rtol=1e-6, atol=0.0):
        return T(
            es="Tu z tiene el signo cambiado: restaste al revés. El enunciado pide z = (p̂₁ − p̂₂)/SE, el grupo 1 "
            "menos el grupo 2 (el valor p no cambia).",
            en="Your z has the wrong sign: you subtracted the other way round. The prompt asks for "
            "z = (p̂₁ − p̂₂)/SE, group 1 minus group 2 (the p-value does not change).",
        )
    if got[1] > 1 or matches(_variant(*args, absolute=False)):
        return T(
            es="Tu valor p pasa de 1 (o no es simétrico): usaste 2·P(Z ≥ z) con el z negativo. Toma el valor "
            "absoluto: p = 2·P(Z ≥ |z|).",
            en="Your p-value goes past 1 (or is not symmetric): you used 2·P(Z ≥ z) with a negative z. Take the "
            "absolute value: p = 2·P(Z ≥ |z|).",
        )
    return None
