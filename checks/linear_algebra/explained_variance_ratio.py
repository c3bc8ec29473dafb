"""Checks for explained_variance_ratio(X): λᵢ / Σⱼ λⱼ for the d principal components, descending.

A hand case, iris (0.925 of the variance on one component), wine raw (proline takes 0.998) and
standardised (0.362), and points on a line (all the variance on one direction, then 0).
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris, load_wine

HAND = np.array([[7.0, 5.0], [5.0, 6.0], [3.0, 5.0], [5.0, 4.0]])


def standardized_wine():
    X = load_wine().data
    return (X - X.mean(axis=0)) / X.std(axis=0)  # ddof=0, as StandardScaler


def cases():
    return [
        Case(
            T(
                es="a mano: los puntos (7, 5), (5, 6), (3, 5), (5, 4)  (varianzas 8/3 y 2/3: da (0.8, 0.2))",
                en="by hand: the points (7, 5), (5, 6), (3, 5), (5, 4)  (variances 8/3 and 2/3: gives (0.8, 0.2))",
            ),
            (HAND,),
        ),
        Case(T(es="datos reales: iris", en="real data: iris"), (load_iris().data,)),
        Case(
            T(es="datos reales: wine tal como viene", en="real data: wine as it comes"),
            (load_wine().data,),
            atol=1e-12,
        ),
        Case(T(es="datos reales: wine estandarizado", en="real data: standardised wine"), (standardized_wine(),)),
        Case(
            T(
                es="puntos sobre una recta: (0, 0), (1, 2), (2, 4), (3, 6)  (da (1, 0))",
                en="points on a line: (0, 0), (1, 2), (2, 4), (3, 6)  (gives (1, 0))",
            ),
            (np.array([[0.0, 0.0], [1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]),),
        ),
    ]


def diagnose(case, expected, got):
    X = np.asarray(case.args[0], dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None
    S = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    if np.allclose(got[: S.size], S / S.sum(), rtol=1e-6, atol=1e-9):
        return T(
            es="Dividiste los valores singulares σᵢ entre su suma, pero la varianza a lo largo de cada componente "
            "es λᵢ = σᵢ²/(n − 1): eleva al cuadrado antes de normalizar, σᵢ² / Σⱼ σⱼ².",
            en="You divided the singular values σᵢ by their sum, but the variance along each component is "
            "λᵢ = σᵢ²/(n − 1): square them before normalising, σᵢ² / Σⱼ σⱼ².",
        )
    raw = np.linalg.svd(X, compute_uv=False) ** 2
    if np.allclose(got[: raw.size], raw / raw.sum(), rtol=1e-6, atol=1e-9):
        return T(
            es="Tus proporciones salen de X sin centrar: la primera «componente» se lleva la distancia de los "
            "datos al origen, no su varianza. Resta la media de cada columna antes de la SVD.",
            en="Your ratios come from X without centring: the first “component” takes the distance of the data "
            "from the origin, not their variance. Subtract each column's mean before the SVD.",
        )
    if np.allclose(got, expected[::-1], rtol=1e-6, atol=1e-9):
        return T(
            es="Tienes las proporciones correctas en orden creciente (`np.linalg.eigh` ordena así): se piden de "
            "la componente de mayor varianza a la de menor. Invierte el orden.",
            en="You have the right ratios in increasing order (`np.linalg.eigh` sorts that way): they are asked "
            "from the component of largest variance to the smallest. Reverse the order.",
        )
    return None
