"""Checks for condition_number(A): diagonal and non-normal hand cases, 0.1·I, and wine's design matrix."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_wine


def _wine_design_matrices():
    """Wine's 13 features with a column of ones in front: raw, and standardised (ddof = 0)."""
    X = load_wine().data
    ones = np.ones((len(X), 1))
    standardised = (X - X.mean(axis=0)) / X.std(axis=0)
    return np.hstack([ones, X]), np.hstack([ones, standardised])


def cases():
    raw, standardised = _wine_design_matrices()
    return [
        Case(
            T(es="una matriz diagonal: A = diag(2, −5, 0.5)", en="a diagonal matrix: A = diag(2, −5, 0.5)"),
            (np.diag([2.0, -5.0, 0.5]),),
        ),
        Case(
            T(
                es="A = [[1, 10], [0, 1]]: sus dos valores propios valen 1, pero estira mucho",
                en="A = [[1, 10], [0, 1]]: both its eigenvalues are 1, yet it stretches a lot",
            ),
            (np.array([[1.0, 10.0], [0.0, 1.0]]),),
        ),
        Case(
            T(es="A = 0.1·I (10×10): det A = 10⁻¹⁰", en="A = 0.1·I (10×10): det A = 10⁻¹⁰"),
            (0.1 * np.eye(10),),
        ),
        Case(
            T(
                es="vino: X con una columna de unos y las 13 variables sin escalar (178×14)",
                en="wine: X with a column of ones and the 13 raw features (178×14)",
            ),
            (raw,),
            rtol=1e-6,
        ),
        Case(
            T(
                es="vino: X con una columna de unos y las 13 variables estandarizadas (178×14)",
                en="wine: X with a column of ones and the 13 standardised features (178×14)",
            ),
            (standardised,),
            rtol=1e-6,
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the missing square root, |det A|, and the ratio of A's eigenvalues."""
    (A,) = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if not np.isclose(expected, 1.0) and np.isclose(got, expected**2, rtol=1e-6):
        return T(
            es="Tu resultado es el cuadrado del esperado: los valores propios de AᵀA son los cuadrados de los "
            "valores singulares, σᵢ². Saca la raíz: κ = √(λ_max / λ_min).",
            en="Your result is the square of the expected one: the eigenvalues of AᵀA are the squares of the "
            "singular values, σᵢ². Take the square root: κ = √(λ_max / λ_min).",
        )
    if A.shape[0] == A.shape[1]:
        moduli = np.abs(np.linalg.eigvals(A))
        if np.isclose(got, moduli.max() / moduli.min()) and not np.isclose(got, expected):
            return T(
                es="Usaste los valores propios de A, |λ_max| / |λ_min|. Eso coincide con κ solo para matrices "
                "simétricas (o normales). Aquí los dos valores propios valen 1 y aun así A estira un vector "
                "mucho más que otro: usa los valores propios de AᵀA, que son σᵢ².",
                en="You used the eigenvalues of A, |λ_max| / |λ_min|. That equals κ only for symmetric (or normal) "
                "matrices. Here both eigenvalues are 1 and still A stretches one vector far more than another: "
                "use the eigenvalues of AᵀA, which are σᵢ².",
            )
        determinant = abs(float(np.linalg.det(A)))
        if np.isclose(got, determinant) and not np.isclose(determinant, expected):
            return T(
                es=f"Devolviste |det A| = {determinant:.6g}. El determinante mide cuánto cambia el volumen, no "
                "cuánto se amplifica un error: 0.1·I tiene det = 10⁻¹⁰ y κ = 1. Usa los valores singulares, "
                "κ = σ_max / σ_min.",
                en=f"You returned |det A| = {determinant:.6g}. The determinant measures how volume changes, not how "
                "much an error is amplified: 0.1·I has det = 10⁻¹⁰ and κ = 1. Use the singular values, "
                "κ = σ_max / σ_min.",
            )
    return None
