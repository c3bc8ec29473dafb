"""Checks for signed_distances(w, b, X): a 3-D plane by hand, the iris hard-margin SVM, one point."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def iris_petals():
    """Setosa vs versicolor, petal length and width (cm): 100 × 2."""
    iris = load_iris()
    keep = iris.target < 2
    return iris.data[keep][:, 2:4]


# The hard-margin SVM on those petals (gradiente.models.SVC(kernel="linear", C=1e6) finds it):
# w = (22/17, 14/17) ≈ (1.294, 0.824), b = −64.4/17 ≈ −3.788.
IRIS_W = np.array([22 / 17, 14 / 17])
IRIS_B = -64.4 / 17


def cases():
    return [
        Case(
            T(
                es="el plano x + 2y + 2z − 3 = 0 (‖w‖ = 3) y los puntos (3, 0, 0), (0, 0, 0), (1, 1, 1)",
                en="the plane x + 2y + 2z − 3 = 0 (‖w‖ = 3) and the points (3, 0, 0), (0, 0, 0), (1, 1, 1)",
            ),
            (np.array([1.0, 2.0, 2.0]), -3.0, np.array([[3.0, 0.0, 0.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]])),
        ),
        Case(
            T(
                es="iris, setosa contra versicolor (pétalos), con la SVM de margen duro w ≈ (1.294, 0.824), b ≈ −3.788",
                en="iris, setosa vs versicolor (petals), with the hard-margin SVM w ≈ (1.294, 0.824), b ≈ −3.788",
            ),
            (IRIS_W, IRIS_B, iris_petals()),
        ),
        Case(
            T(
                es="un solo punto y enteros: w = (0, 3), b = 3, X = [[5, −2]]",
                en="a single point and integers: w = (0, 3), b = 3, X = [[5, −2]]",
            ),
            (np.array([0, 3]), 3, np.array([[5, -2]])),
        ),
    ]


def diagnose(case, expected, got):
    w = case.args[0]
    norm = np.linalg.norm(np.asarray(w, dtype=float))
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        if got.size == 1:
            return T(
                es="Devolviste un solo número; se pide una distancia por fila de X, un arreglo de forma (n,).",
                en="You returned a single number; one distance per row of X is wanted, an array of shape (n,).",
            )
        return None
    if np.allclose(got, expected * norm):
        return T(
            es="Devolviste wᵀx + b sin dividir: eso es el margen funcional, que crece si multiplicas w y b por 2. "
            "La distancia geométrica divide entre ‖w‖.",
            en="You returned wᵀx + b without dividing: that is the functional margin, which grows if you double "
            "w and b. The geometric distance divides by ‖w‖.",
        )
    if np.allclose(got, expected / norm):
        return T(
            es="Dividiste entre ‖w‖², no entre ‖w‖: la norma ya es la raíz de wᵀw (np.linalg.norm(w)), no la "
            "vuelvas a elevar al cuadrado.",
            en="You divided by ‖w‖², not by ‖w‖: the norm is already the square root of wᵀw (np.linalg.norm(w)); "
            "do not square it again.",
        )
    if np.allclose(got, np.abs(expected)) and (expected < 0).any():
        return T(
            es="Tus distancias son todas positivas: tomaste el valor absoluto y perdiste el signo, que dice de qué "
            "lado del hiperplano está cada punto.",
            en="Your distances are all positive: you took the absolute value and lost the sign, which tells on "
            "which side of the hyperplane each point lies.",
        )
    return None
