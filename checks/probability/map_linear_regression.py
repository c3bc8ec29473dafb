"""Checks for map_linear_regression(X, y, sigma2, tau2): a hand case, diabetes with σ² = 2900 and τ² ∈ {10, 10⁴}, a huge τ² (least squares), raw diabetes."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def cases():
    diabetes = load_diabetes()
    raw = load_diabetes(scaled=False)
    return [
        Case(
            T(
                es="a mano: x = [1, 2, 3], y = [2, 4, 9] (centradas: [−1, 0, 1] y [−3, −1, 4]), σ² = 2, τ² = 1: "
                "α = 2 y w = 7/(2 + 2) = 1.75",
                en="by hand: x = [1, 2, 3], y = [2, 4, 9] (centred: [−1, 0, 1] and [−3, −1, 4]), σ² = 2, τ² = 1: "
                "α = 2 and w = 7/(2 + 2) = 1.75",
            ),
            (np.array([[1.0], [2.0], [3.0]]), np.array([2.0, 4.0, 9.0]), 2.0, 1.0),
        ),
        Case(
            T(
                es="diabetes (escalado), σ² = 2900 y una distribución a priori estrecha, τ² = 10",
                en="diabetes (scaled), σ² = 2900 and a narrow prior, τ² = 10",
            ),
            (diabetes.data, diabetes.target, 2900.0, 10.0),
        ),
        Case(
            T(
                es="diabetes (escalado), σ² = 2900 y una distribución a priori ancha, τ² = 10⁴",
                en="diabetes (scaled), σ² = 2900 and a wide prior, τ² = 10⁴",
            ),
            (diabetes.data, diabetes.target, 2900.0, 1e4),
        ),
        Case(
            T(
                es="diabetes con τ² = 10¹²: la distribución a priori casi no pesa y w es casi el de mínimos cuadrados",
                en="diabetes with τ² = 10¹²: the prior hardly weighs and w is nearly least squares",
            ),
            (diabetes.data, diabetes.target, 2900.0, 1e12),
            rtol=1e-6,
        ),
        Case(
            T(
                es="diabetes sin escalar (edad en años, IMC, presión…): las columnas no están centradas",
                en="raw diabetes (age in years, BMI, pressure…): the columns are not centred",
            ),
            (raw.data, raw.target, 2900.0, 1.0),
        ),
    ]


def _ridge(X, y, alpha, centre=True):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if centre:
        X, y = X - X.mean(axis=0), y - y.mean()
    return np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    X, y, sigma2, tau2 = case.args
    if got.shape != expected.shape:
        return None

    def matches(value):
        return np.allclose(got, value, rtol=1e-6, atol=1e-9)

    if matches(_ridge(X, y, tau2 / sigma2)):
        return T(
            es="Usaste α = τ²/σ², al revés. Al multiplicar −ln posterior por 2σ² queda ‖y − Xw‖² + (σ²/τ²)‖w‖²: "
            "más ruido (σ² grande) o una distribución a priori más estrecha (τ² chica) encogen más a w.",
            en="You used α = τ²/σ², upside down. Multiplying −ln posterior by 2σ² leaves ‖y − Xw‖² + (σ²/τ²)‖w‖²: "
            "more noise (large σ²) or a narrower prior (small τ²) shrink w more.",
        )
    if matches(_ridge(X, y, 1 / tau2)):
        return T(
            es="Usaste α = 1/τ²: olvidaste el σ² de la verosimilitud. El costo es ‖y − Xw‖²/(2σ²) + ‖w‖²/(2τ²); "
            "multiplicado por 2σ², α = σ²/τ².",
            en="You used α = 1/τ²: you forgot the likelihood's σ². The cost is ‖y − Xw‖²/(2σ²) + ‖w‖²/(2τ²); "
            "multiplied by 2σ², α = σ²/τ².",
        )
    if matches(_ridge(X, y, sigma2 / tau2, centre=False)):
        return T(
            es="No centraste X e y: sin intercepto, la recta tiene que pasar por el origen. Resta la media de cada "
            "columna de X y la de y antes de resolver (XcᵀXc + αI) w = Xcᵀyc.",
            en="You did not centre X and y: without an intercept, the line has to go through the origin. Subtract "
            "each column's mean from X and y's mean from y before solving (XcᵀXc + αI) w = Xcᵀyc.",
        )
    return None
