"""Checks for normal_mle(x): a hand case, iris setosa's sepal length, breast cancer's mean texture, one value."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_iris


def cases():
    iris = load_iris()
    cancer = load_breast_cancer()
    return [
        Case(
            T(
                es="a mano: x = [1, 2, 3, 6] (media 3, desviaciones −2, −1, 0, 3)",
                en="by hand: x = [1, 2, 3, 6] (mean 3, deviations −2, −1, 0, 3)",
            ),
            (np.array([1, 2, 3, 6]),),
        ),
        Case(
            T(
                es="iris setosa, largo del sépalo (50 flores, en cm)",
                en="iris setosa, sepal length (50 flowers, in cm)",
            ),
            (iris.data[iris.target == 0, 0],),
        ),
        Case(
            T(
                es="cáncer de mama, «mean texture» (569 tumores)",
                en="breast cancer, 'mean texture' (569 tumours)",
            ),
            (cancer.data[:, 1],),
        ),
        Case(
            T(es="un solo valor: x = [4.2]", en="a single value: x = [4.2]"),
            (np.array([4.2]),),
        ),
    ]


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    (x,) = case.args
    x = np.asarray(x, dtype=float)
    n = x.size
    mu, sigma = expected
    if n == 1 and not np.isfinite(got[1]):
        return T(
            es="Con un solo valor, tu σ salió NaN: dividiste entre n − 1 = 0 (ddof=1). La máxima verosimilitud "
            "divide entre n, y con un solo dato da σ̂ = 0.",
            en="With a single value your σ came out NaN: you divided by n − 1 = 0 (ddof=1). Maximum likelihood "
            "divides by n, and with one data point it gives σ̂ = 0.",
        )
    if not np.isclose(got[0], mu, rtol=1e-7, atol=1e-10):
        return None
    if n > 1 and np.isclose(got[1], sigma * np.sqrt(n / (n - 1)), rtol=1e-7):
        return T(
            es=f"Tu σ es la desviación estándar muestral, con n − 1 (ddof=1): es √(n/(n − 1)) = {np.sqrt(n / (n - 1)):.4f} "
            "veces la esperada. Al igualar ∂ℓ/∂σ a cero sale Σ(xᵢ − x̄)²/n: la máxima verosimilitud divide entre n "
            "(np.std con su ddof=0 por defecto).",
            en=f"Your σ is the sample standard deviation, with n − 1 (ddof=1): it is √(n/(n − 1)) = {np.sqrt(n / (n - 1)):.4f} "
            "times the expected one. Setting ∂ℓ/∂σ to zero gives Σ(xᵢ − x̄)²/n: maximum likelihood divides by n "
            "(np.std with its default ddof=0).",
        )
    if sigma > 0 and np.isclose(got[1], sigma**2, rtol=1e-7):
        return T(
            es="Tu segundo número es la varianza σ̂², no σ̂: te falta sacar la raíz cuadrada.",
            en="Your second number is the variance σ̂², not σ̂: take its square root.",
        )
    if np.isclose(got[1], np.sqrt(np.mean(x**2)), rtol=1e-7):
        return T(
            es="Tu σ es √(media de xᵢ²): olvidaste restar la media antes de elevar al cuadrado. "
            "Las desviaciones se miden desde μ̂ = x̄: σ̂² = media de (xᵢ − x̄)².",
            en="Your σ is √(mean of xᵢ²): you forgot to subtract the mean before squaring. "
            "Deviations are measured from μ̂ = x̄: σ̂² = mean of (xᵢ − x̄)².",
        )
    return None
