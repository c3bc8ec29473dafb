"""Checks for pca_components(X, k): the top k principal directions as the rows of a (k, d) array.

Each row is a unit vector, the rows go by decreasing variance, and each is signed so that its
entry largest in absolute value is positive (as `gradiente.linalg.PCA`). A hand case whose
answer can be read off the points, iris, wine standardised, digits, and k = d (every direction).
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_iris, load_wine

# The points (±2, 0) and (0, ±1) moved to the centre (5, 5): the widest direction is the x axis.
HAND = np.array([[7.0, 5.0], [5.0, 6.0], [3.0, 5.0], [5.0, 4.0]])


def standardized_wine():
    X = load_wine().data
    return (X - X.mean(axis=0)) / X.std(axis=0)  # ddof=0, as StandardScaler


def cases():
    return [
        Case(
            T(
                es="a mano: los puntos (7, 5), (5, 6), (3, 5), (5, 4),  k = 1  (da [[1, 0]]: la dirección más ancha es el eje x)",
                en="by hand: the points (7, 5), (5, 6), (3, 5), (5, 4),  k = 1  (gives [[1, 0]]: the widest direction is the x axis)",
            ),
            (HAND, 1),
        ),
        Case(T(es="datos reales: iris,  k = 2", en="real data: iris,  k = 2"), (load_iris().data, 2)),
        Case(
            T(es="datos reales: wine estandarizado,  k = 3", en="real data: standardised wine,  k = 3"),
            (standardized_wine(), 3),
        ),
        Case(
            T(es="datos reales: digits (1797 × 64),  k = 5", en="real data: digits (1797 × 64),  k = 5"),
            (load_digits().data, 5),
            rtol=1e-6,
            atol=1e-8,
        ),
        Case(
            T(
                es="todas las direcciones: iris,  k = d = 4  (una base ortonormal)",
                en="every direction: iris,  k = d = 4  (an orthonormal basis)",
            ),
            (load_iris().data, 4),
            atol=1e-8,
        ),
    ]


def _rows_up_to_sign(got, reference):
    """True when each row of got is ± the same row of reference (and the shapes agree)."""
    if got.shape != reference.shape:
        return False
    return all(
        np.allclose(g, r, rtol=1e-5, atol=1e-7) or np.allclose(g, -r, rtol=1e-5, atol=1e-7)
        for g, r in zip(got, reference)
    )


def diagnose(case, expected, got):
    X, k = case.args
    X = np.asarray(X, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.ndim != 2:
        return None
    if (
        got.shape == expected.shape[::-1]
        and _rows_up_to_sign(got.T, expected)
        or (
            got.shape == expected.shape
            and k > 1
            and _rows_up_to_sign(got.T, expected)
            and not _rows_up_to_sign(got, expected)
        )
    ):
        return T(
            es=f"Tus componentes están en las columnas: devolviste {got.shape} y se pide ({k}, d), una componente "
            "por fila. `np.linalg.svd` da Vᵀ, cuyas *filas* ya son las direcciones; `np.linalg.eigh` da los "
            "vectores propios en las *columnas*: trasponlos.",
            en=f"Your components are in the columns: you returned {got.shape} where ({k}, d) is asked for, one "
            "component per row. `np.linalg.svd` gives Vᵀ, whose *rows* already are the directions; "
            "`np.linalg.eigh` gives the eigenvectors in the *columns*: transpose them.",
        )
    if got.shape != expected.shape:
        return None
    if _rows_up_to_sign(got, expected):
        return T(
            es="Tus direcciones son las correctas salvo por el signo de algunas filas: un vector propio vale lo "
            "mismo que su opuesto, así que el ejercicio fija una convención. Multiplica cada fila por el signo "
            "de su entrada más grande en valor absoluto.",
            en="Your directions are right up to sign in some rows: an eigenvector is as good as its negative, so "
            "the exercise fixes a convention. Multiply each row by the sign of its entry largest in absolute "
            "value.",
        )
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc)  # ascending
    smallest = vectors[:, :k].T
    if _rows_up_to_sign(got, smallest) or _rows_up_to_sign(got, smallest[::-1]):
        return T(
            es="Tomaste las direcciones de *menor* varianza: `np.linalg.eigh` ordena los valores propios de menor "
            "a mayor. Ordénalos de mayor a menor (por ejemplo con `np.argsort(values)[::-1]`) antes de elegir k.",
            en="You took the directions of *smallest* variance: `np.linalg.eigh` sorts the eigenvalues from "
            "smallest to largest. Sort them from largest to smallest (for instance with "
            "`np.argsort(values)[::-1]`) before taking k.",
        )
    _, _, Vt_raw = np.linalg.svd(X, full_matrices=False)
    if _rows_up_to_sign(got, Vt_raw[:k]):
        return T(
            es="Tus direcciones salen de X sin centrar: la primera apunta hacia la media de los datos, no hacia "
            "donde más se dispersan. Resta la media de cada columna antes de la SVD (o de la covarianza).",
            en="Your directions come from X without centring: the first one points at the mean of the data, not "
            "where they spread most. Subtract each column's mean before the SVD (or the covariance).",
        )
    return None
