"""Checks for sample_mvn(mu, Sigma, n, seed): a diagonal hand case, ρ = 0.8, iris versicolor's Gaussian, d = 1.

The protocol is fixed (Z = default_rng(seed).standard_normal((n, d)), X = μ + Z Lᵀ with L the
Cholesky factor), so the numbers can be compared exactly and not only in distribution.
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def versicolor_gaussian():
    """Mean and sample covariance (ddof=1) of the 50 versicolor flowers: μ of shape (4,), Σ of shape (4, 4)."""
    iris = load_iris()
    versicolor = iris.data[iris.target == 1]
    return versicolor.mean(axis=0), np.cov(versicolor, rowvar=False)


def cases():
    return [
        Case(
            T(
                es="a mano: μ = (1, 2), Σ = diag(4, 9), así que L = diag(2, 3) y cada fila es (1 + 2z₁, 2 + 3z₂); n = 3, semilla 0",
                en="by hand: μ = (1, 2), Σ = diag(4, 9), so L = diag(2, 3) and each row is (1 + 2z₁, 2 + 3z₂); n = 3, seed 0",
            ),
            (np.array([1.0, 2.0]), np.diag([4.0, 9.0]), 3, 0),
        ),
        Case(
            T(
                es="dos variables con varianza 1 y ρ = 0.8, μ = 0; n = 5, semilla 1",
                en="two variables with variance 1 and ρ = 0.8, μ = 0; n = 5, seed 1",
            ),
            (np.zeros(2), np.array([[1.0, 0.8], [0.8, 1.0]]), 5, 1),
        ),
        Case(
            T(
                es="iris: la normal ajustada a las 50 versicolor (d = 4); n = 10, semilla 42",
                en="iris: the normal fitted to the 50 versicolor (d = 4); n = 10, seed 42",
            ),
            (*versicolor_gaussian(), 10, 42),
        ),
        Case(
            T(
                es="caso límite: una sola variable, μ = 5, Σ = [[0.25]] (σ = 0.5); n = 4, semilla 7",
                en="edge case: a single variable, μ = 5, Σ = [[0.25]] (σ = 0.5); n = 4, seed 7",
            ),
            (np.array([5.0]), np.array([[0.25]]), 4, 7),
        ),
    ]


def diagnose(case, expected, got):
    mu, Sigma, n, seed = case.args
    mu, Sigma = np.asarray(mu, dtype=float), np.asarray(Sigma, dtype=float)
    d = len(mu)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (n, d):
        return None
    L = np.linalg.cholesky(Sigma)
    Z = np.random.default_rng(seed).standard_normal((n, d))

    def same(candidate):
        return np.allclose(got, candidate, rtol=1e-7, atol=1e-10, equal_nan=True)

    if same(Z @ L.T):
        return T(
            es="Tus muestras están centradas en 0: falta sumar la media μ. Una fila es x = μ + L z.",
            en="Your samples are centred at 0: the mean μ is missing. A row is x = μ + L z.",
        )
    if same(mu + Z @ Sigma):
        return T(
            es="Multiplicaste z por Σ: así la covarianza sale Σ Σᵀ = Σ², no Σ. Hace falta una «raíz» de Σ, una L "
            "con L Lᵀ = Σ: el factor de Cholesky, `np.linalg.cholesky(Sigma)`.",
            en="You multiplied z by Σ: the covariance then comes out as Σ Σᵀ = Σ², not Σ. A “square root” of Σ is "
            "needed, an L with L Lᵀ = Σ: the Cholesky factor, `np.linalg.cholesky(Sigma)`.",
        )
    if same(mu + Z @ L):
        return T(
            es="Usaste Z L en lugar de Z Lᵀ. Cada muestra es x = μ + L z como columna; con las muestras en filas "
            "(z como fila de Z) eso es μ + z Lᵀ. Con Z L la covarianza sería Lᵀ L, que no es Σ.",
            en="You used Z L instead of Z Lᵀ. Each sample is x = μ + L z as a column; with samples in rows "
            "(z as a row of Z) that is μ + z Lᵀ. With Z L the covariance would be Lᵀ L, which is not Σ.",
        )
    with np.errstate(invalid="ignore"):
        elementwise = np.sqrt(Sigma)
    if same(mu + Z @ elementwise):
        return T(
            es="Tomaste la raíz de Σ entrada por entrada (`np.sqrt(Sigma)`): esa matriz al cuadrado no da Σ (y con "
            "covarianzas negativas da NaN). La raíz que sirve es una L con L Lᵀ = Σ: `np.linalg.cholesky(Sigma)`.",
            en="You took the square root of Σ entry by entry (`np.sqrt(Sigma)`): that matrix squared is not Σ (and "
            "with negative covariances it gives NaN). The root that works is an L with L Lᵀ = Σ: "
            "`np.linalg.cholesky(Sigma)`.",
        )
    Z_columns = np.random.default_rng(seed).standard_normal((d, n)).T
    if same(mu + Z_columns @ L.T):
        return T(
            es="Sacaste Z con forma (d, n) y la transpusiste: son los mismos números puestos en otro orden. El "
            "protocolo pide `standard_normal((n, d))`, una fila por muestra, para que tu resultado coincida.",
            en="You drew Z with shape (d, n) and transposed it: the same numbers in another order. The protocol asks "
            "for `standard_normal((n, d))`, one row per sample, so that your result matches.",
        )
    if same(np.random.default_rng(seed).multivariate_normal(mu, Sigma, size=n)):
        return T(
            es="Usaste `rng.multivariate_normal`: muestrea la misma distribución, pero con otra raíz de Σ (la de la "
            "SVD), así que da otros números. Aquí el protocolo fija la de Cholesky: X = μ + Z Lᵀ.",
            en="You used `rng.multivariate_normal`: it samples the same distribution, but with another root of Σ "
            "(the SVD's), so it gives other numbers. Here the protocol fixes Cholesky's: X = μ + Z Lᵀ.",
        )
    return None
