"""Checks for coordinates_in_basis(B, v): the coordinates c of v in the basis of B's columns, B c = v."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris
from gradiente.linalg import PCA

SKEW = np.array([[2.0, 1.0], [0.0, 1.0]])  # b₁ = (2, 0), b₂ = (1, 1)
BASIS_3D = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0], [1.0, 0.0, 2.0]])  # columns b₁, b₂, b₃


def _iris_pca_basis():
    """Iris's principal directions as columns (an orthonormal basis of ℝ⁴) and the first flower, centred."""
    X = load_iris().data
    pca = PCA().fit(X)
    return pca.components_.T, X[0] - pca.mean_


def cases():
    B_iris, v_iris = _iris_pca_basis()
    return [
        Case(
            T(
                es="base inclinada de ℝ²: b₁ = (2, 0), b₂ = (1, 1), v = (3, 1)",
                en="a skew basis of ℝ²: b₁ = (2, 0), b₂ = (1, 1), v = (3, 1)",
            ),
            (SKEW, np.array([3.0, 1.0])),
        ),
        Case(
            T(
                es="una base de ℝ³ (columnas no perpendiculares), v = (2, 3, 4)",
                en="a basis of ℝ³ (columns not perpendicular), v = (2, 3, 4)",
            ),
            (BASIS_3D, np.array([2.0, 3.0, 4.0])),
        ),
        Case(
            T(
                es="iris: la base de PCA (4 direcciones ortonormales) y la primera flor centrada",
                en="iris: the PCA basis (4 orthonormal directions) and the first flower, centred",
            ),
            (B_iris, v_iris),
        ),
        Case(
            T(
                es="v es el mismo b₂: sus coordenadas son (0, 1, 0)",
                en="v is b₂ itself: its coordinates are (0, 1, 0)",
            ),
            (BASIS_3D, BASIS_3D[:, 1].copy()),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the rows taken for the basis, the forward map B v, and Bᵀv on a basis that is not orthonormal."""
    B, v = (np.asarray(arg, dtype=float) for arg in case.args)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        return None

    def matches(candidate):
        return np.allclose(got, candidate) and not np.allclose(candidate, expected)

    if matches(np.linalg.solve(B.T, v)):
        return T(
            es="Resolviste Bᵀ c = v: tomaste las filas de B como la base. En este curso los vectores de la base "
            "son las columnas de B, y v = c₁ b₁ + … + cₙ bₙ se escribe B c = v.",
            en="You solved Bᵀ c = v: you took B's rows as the basis. In this course the basis vectors are B's "
            "columns, and v = c₁ b₁ + … + cₙ bₙ reads B c = v.",
        )
    if matches(B @ v):
        return T(
            es="Calculaste B v, el camino de ida: eso toma coordenadas y devuelve un vector. Aquí va al revés: "
            "conoces el vector v y buscas las coordenadas c tales que B c = v.",
            en="You computed B v, the forward map: it takes coordinates and returns a vector. This goes the other "
            "way: you know the vector v and look for the coordinates c with B c = v.",
        )
    if matches(B.T @ v):
        return T(
            es="Calculaste Bᵀ v, los productos punto de v con cada vector de la base. Eso da las coordenadas solo "
            "si la base es ortonormal (BᵀB = I); esta no lo es. Resuelve el sistema B c = v.",
            en="You computed Bᵀ v, the dot products of v with each basis vector. They are the coordinates only "
            "when the basis is orthonormal (BᵀB = I); this one is not. Solve the system B c = v.",
        )
    return None
