"""Checks for mvn_logpdf(X, mu, Sigma): a 2-D hand case, iris setosa, breast cancer (d = 30), and 0.01·I in d = 200."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_iris


def own_gaussian(X):
    """X with its own mean and sample covariance (ddof=1): the Gaussian fitted to it."""
    return X, X.mean(axis=0), np.cov(X, rowvar=False)


def cases():
    iris = load_iris()
    setosa = iris.data[iris.target == 0]
    tiny = np.random.default_rng(0).normal(0.0, 0.1, size=(5, 200))
    return [
        Case(
            T(
                es="a mano: μ = (0, 0), Σ = [[2, 1], [1, 2]] (|Σ| = 3), puntos (0, 0), (1, 1), (1, −1)",
                en="by hand: μ = (0, 0), Σ = [[2, 1], [1, 2]] (|Σ| = 3), points (0, 0), (1, 1), (1, −1)",
            ),
            (np.array([[0.0, 0.0], [1.0, 1.0], [1.0, -1.0]]), np.zeros(2), np.array([[2.0, 1.0], [1.0, 2.0]])),
        ),
        Case(
            T(
                es="iris: las 50 setosas, con su propia media y covarianza (d = 4)",
                en="iris: the 50 setosas, with their own mean and covariance (d = 4)",
            ),
            own_gaussian(setosa),
        ),
        Case(
            T(
                es="breast cancer: los 569 tumores, con su media y covarianza (d = 30, |Σ| ≈ 6·10⁻⁶⁶)",
                en="breast cancer: the 569 tumours, with their mean and covariance (d = 30, |Σ| ≈ 6·10⁻⁶⁶)",
            ),
            own_gaussian(load_breast_cancer().data),
            rtol=1e-6,
            atol=1e-6,  # cond(Σ) ≈ 6·10¹¹: methods that are all correct differ in the last digits
        ),
        Case(
            T(
                es="caso límite: Σ = 0.01·I en d = 200, 5 puntos: |Σ| = 10⁻⁴⁰⁰ no cabe en un float",
                en="edge case: Σ = 0.01·I in d = 200, 5 points: |Σ| = 10⁻⁴⁰⁰ does not fit in a float",
            ),
            (tiny, np.zeros(200), 0.01 * np.eye(200)),
        ),
    ]


def _parts(case):
    """ln 2π·d, ln|Σ| and the squared Mahalanobis distances of the case, computed safely."""
    X, mu, Sigma = (np.asarray(a, dtype=float) for a in case.args)
    diff = X - mu
    log_det = np.linalg.slogdet(Sigma)[1]
    mahalanobis_sq = np.sum(diff * np.linalg.solve(Sigma, diff.T).T, axis=1)
    return X, diff, Sigma, X.shape[1] * np.log(2 * np.pi), log_det, mahalanobis_sq


def diagnose(case, expected, got):
    X, diff, Sigma, log_2pi_d, log_det, mahalanobis_sq = _parts(case)
    n, d = X.shape
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape == (n, n) and n > 1:
        return T(
            es=f"Tu resultado es una matriz de {n} × {n}: calculaste (X − μ) Σ⁻¹ (X − μ)ᵀ, que cruza cada punto con "
            "todos los demás. Solo sirve su diagonal: calcula la forma cuadrática fila por fila, por ejemplo "
            "`np.sum(Z**2, axis=0)` con Z = L⁻¹(X − μ)ᵀ.",
            en=f"Your result is a {n} × {n} matrix: you computed (X − μ) Σ⁻¹ (X − μ)ᵀ, which pairs every point with "
            "every other. Only its diagonal is wanted: compute the quadratic form row by row, for example "
            "`np.sum(Z**2, axis=0)` with Z = L⁻¹(X − μ)ᵀ.",
        )
    if got.shape != (n,):
        return None
    if np.any(np.isinf(got)) and np.linalg.det(Sigma) == 0.0:
        return T(
            es=f"Tu resultado tiene infinitos: aquí |Σ| = 0.01²⁰⁰ = 10⁻⁴⁰⁰ se redondea a 0 en un float, y ln 0 = −∞. "
            f"No calcules el determinante: con Σ = L Lᵀ, ln|Σ| = 2 Σᵢ ln Lᵢᵢ (aquí {log_det:.6g}), que es un número "
            "normal aunque |Σ| no quepa.",
            en=f"Your result has infinities: here |Σ| = 0.01²⁰⁰ = 10⁻⁴⁰⁰ rounds to 0 in a float, and ln 0 = −∞. "
            f"Do not compute the determinant: with Σ = L Lᵀ, ln|Σ| = 2 Σᵢ ln Lᵢᵢ (here {log_det:.6g}), an ordinary "
            "number even though |Σ| does not fit.",
        )
    if not np.isfinite(got).all():
        return None
    offset = got - expected
    if np.allclose(offset, offset.mean(), atol=1e-6 * max(1.0, abs(offset.mean()))):
        shift = float(offset.mean())
        if np.isclose(shift, 0.5 * log_det, rtol=1e-6):
            return T(
                es=f"Tus valores están todos corridos en la misma cantidad, {shift:.6g} = ½ ln|Σ|: olvidaste el término "
                "−½ ln|Σ|, que hace que la densidad integre 1. Calcúlalo como ln|Σ| = 2 Σᵢ ln Lᵢᵢ.",
                en=f"Your values are all shifted by the same amount, {shift:.6g} = ½ ln|Σ|: you forgot the −½ ln|Σ| "
                "term, which makes the density integrate to 1. Compute it as ln|Σ| = 2 Σᵢ ln Lᵢᵢ.",
            )
        if np.isclose(shift, 0.5 * log_2pi_d, rtol=1e-6):
            return T(
                es=f"Tus valores están todos corridos en {shift:.6g} = (d/2) ln 2π: falta el factor (2π)^(−d/2), que "
                "en logaritmos es −(d/2) ln 2π.",
                en=f"Your values are all shifted by {shift:.6g} = (d/2) ln 2π: the factor (2π)^(−d/2) is missing, "
                "which in logarithms is −(d/2) ln 2π.",
            )
    with_sigma = np.sum(diff * (diff @ Sigma), axis=1)
    if np.allclose(got, -0.5 * (log_2pi_d + log_det + with_sigma), rtol=1e-6):
        return T(
            es="En la forma cuadrática usaste Σ en lugar de Σ⁻¹. La distancia de Mahalanobis divide entre la "
            "dispersión: (x − μ)ᵀ Σ⁻¹ (x − μ). Sin invertir nada: resuelve L z = x − μ y suma z².",
            en="In the quadratic form you used Σ instead of Σ⁻¹. The Mahalanobis distance divides by the spread: "
            "(x − μ)ᵀ Σ⁻¹ (x − μ). Without inverting anything: solve L z = x − μ and add up z².",
        )
    if np.allclose(got, -0.5 * (log_2pi_d + log_det) - mahalanobis_sq, rtol=1e-6):
        return T(
            es="El término de la distancia no lleva el ½: es −½ (x − μ)ᵀ Σ⁻¹ (x − μ), como en la normal de una "
            "variable, −(x − μ)²/(2σ²).",
            en="The distance term is missing its ½: it is −½ (x − μ)ᵀ Σ⁻¹ (x − μ), as in the one-variable normal, "
            "−(x − μ)²/(2σ²).",
        )
    return None
