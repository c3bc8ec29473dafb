"""Checks for fit_least_squares(X, y): a hand line, diabetes scaled and raw, iris petal length → width."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes, load_iris


def _iris_petals():
    iris = load_iris()
    return iris.data[:, [2]], iris.data[:, 3]


def cases():
    diabetes = load_diabetes()
    raw = load_diabetes(scaled=False)
    return [
        Case(
            T(
                es="a mano: los puntos (0, 1), (1, 3), (2, 5) están sobre y = 1 + 2x, así que [b, w] = [1, 2]",
                en="by hand: the points (0, 1), (1, 3), (2, 5) lie on y = 1 + 2x, so [b, w] = [1, 2]",
            ),
            (np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])),
        ),
        Case(
            T(
                es="diabetes escalado (442 × 10): la recta ajustada da R² ≈ 0.518",
                en="scaled diabetes (442 × 10): the fit gives R² ≈ 0.518",
            ),
            (diabetes.data, diabetes.target),
        ),
        Case(
            T(
                es="diabetes sin escalar (edad en años, presión en mmHg…): mismas predicciones, otros coeficientes",
                en="raw diabetes (age in years, pressure in mmHg…): same predictions, other coefficients",
            ),
            (raw.data, raw.target),
        ),
        Case(
            T(
                es="iris: ancho del pétalo a partir de su largo (una sola variable)",
                en="iris: petal width from petal length (a single feature)",
            ),
            _iris_petals(),
        ),
    ]


def diagnose(case, expected, got):
    X, y = (np.asarray(a, dtype=float) for a in case.args)
    got = np.asarray(got, dtype=float)
    if got.shape != expected.shape:
        return T(
            es=f"Tu resultado tiene forma {got.shape} y se esperaba {expected.shape}: [b, w1, …, wd]. Si "
            "obtuviste un error de formas o n números, quizá resolviste con X Xᵀ (n × n) en lugar de XᵀX (d × d).",
            en=f"Your result has shape {got.shape} and {expected.shape} was expected: [b, w1, …, wd]. If you got "
            "a shape error or n numbers, you may have solved with X Xᵀ (n × n) instead of XᵀX (d × d).",
        )
    if np.allclose(got, np.concatenate([expected[1:], expected[:1]])) and not np.allclose(got, expected):
        return T(
            es="Tienes los números correctos en otro orden: devuelve el intercepto primero, [b, w1, …, wd].",
            en="You have the right numbers in another order: return the intercept first, [b, w1, …, wd].",
        )
    no_b = np.linalg.lstsq(X, y, rcond=None)[0]
    if np.allclose(got[1:], no_b) or (np.isclose(got[0], 0.0) and not np.isclose(expected[0], 0.0)):
        return T(
            es="Ajustaste sin intercepto (la recta pasa por el origen): centra X y y, o agrega una columna de "
            "unos, y recupera b = ȳ − x̄ᵀw.",
            en="You fitted without an intercept (the line goes through the origin): centre X and y, or add a "
            "column of ones, and recover b = ȳ − x̄ᵀw.",
        )
    return None
