"""Checks for gram_matrix(X, Z, kernel, gamma=1.0, degree=3, coef0=1.0): a hand RBF case, iris petals
against themselves (a symmetric PSD matrix), breast-cancer blocks of 10 × 5 rows for each kernel, one point."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_iris


def cases():
    iris_petals = load_iris(return_X_y=True)[0][:, 2:]
    cancer = load_breast_cancer(return_X_y=True)[0]
    cancer = (cancer - cancer.mean(axis=0)) / cancer.std(axis=0)  # standardised: kernels on raw areas overflow
    block_x, block_z = cancer[:10], cancer[100:105]
    return [
        Case(
            T(
                es="a mano: x = (1, 2) contra z = (3, 4) y z = (0, 0), RBF con γ = 0.5: e^(−4) y e^(−2.5)",
                en="by hand: x = (1, 2) against z = (3, 4) and z = (0, 0), RBF with γ = 0.5: e^(−4) and e^(−2.5)",
            ),
            (np.array([[1.0, 2.0]]), np.array([[3.0, 4.0], [0.0, 0.0]]), "rbf", 0.5),
        ),
        Case(
            T(
                es="iris (largo y ancho del pétalo, 150 flores) contra sí mismo, RBF con γ = 0.5: simétrica y PSD",
                en="iris (petal length and width, 150 flowers) against itself, RBF with γ = 0.5: symmetric and PSD",
            ),
            (iris_petals, iris_petals, "rbf", 0.5),
        ),
        Case(
            T(
                es="cáncer de mama estandarizado, bloque de 10 × 5 filas, RBF con γ = 0.05",
                en="standardised breast cancer, a block of 10 × 5 rows, RBF with γ = 0.05",
            ),
            (block_x, block_z, "rbf", 0.05),
        ),
        Case(
            T(
                es="el mismo bloque 10 × 5, polinomial de grado 2 con γ = 0.1 y coef0 = 1",
                en="the same 10 × 5 block, polynomial of degree 2 with γ = 0.1 and coef0 = 1",
            ),
            (block_x, block_z, "poly", 0.1, 2, 1.0),
        ),
        Case(
            T(es="el mismo bloque 10 × 5, kernel lineal", en="the same 10 × 5 block, linear kernel"),
            (block_x, block_z, "linear"),
        ),
        Case(
            T(
                es="caso límite: un solo punto contra sí mismo, RBF: k(x, x) = 1 siempre",
                en="edge case: a single point against itself, RBF: k(x, x) = 1 always",
            ),
            (np.array([[5.0, -1.0, 2.0]]), np.array([[5.0, -1.0, 2.0]]), "rbf", 3.0),
        ),
    ]


def _squared_distances(X, Z):
    X, Z = np.asarray(X, dtype=float), np.asarray(Z, dtype=float)
    return np.maximum((X**2).sum(1)[:, None] + (Z**2).sum(1)[None, :] - 2 * X @ Z.T, 0.0)


def diagnose(case, expected, got):
    """Recognise ‖x − z‖ not squared, e^(+γd²), and the matrix transposed."""
    X, Z, kernel = case.args[:3]
    gamma = case.args[3] if len(case.args) > 3 else 1.0
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected)
    if got.shape == expected.T.shape and got.shape != expected.shape:
        return T(
            es=f"Tu matriz tiene forma {got.shape} y se esperaba {expected.shape}: está transpuesta. La fila i es "
            "el punto X[i] y la columna j el punto Z[j], así que la forma es (len(X), len(Z)): calcula X @ Z.T, "
            "no Z @ X.T.",
            en=f"Your matrix has shape {got.shape} and {expected.shape} was expected: it is transposed. Row i is "
            "the point X[i] and column j the point Z[j], so the shape is (len(X), len(Z)): compute X @ Z.T, not "
            "Z @ X.T.",
        )
    if kernel != "rbf" or got.shape != expected.shape:
        return None
    squared = _squared_distances(X, Z)
    if np.allclose(got, np.exp(-gamma * np.sqrt(squared)), rtol=1e-6) and not np.allclose(got, expected):
        return T(
            es="Usaste la distancia ‖x − z‖ sin elevarla al cuadrado. El kernel RBF es e^(−γ‖x − z‖²): suma los "
            "cuadrados de las diferencias y no saques la raíz.",
            en="You used the distance ‖x − z‖ without squaring it. The RBF kernel is e^(−γ‖x − z‖²): add up the "
            "squared differences and do not take the square root.",
        )
    with np.errstate(over="ignore"):
        plus = np.exp(gamma * squared)
    if np.allclose(got, plus, rtol=1e-6) and not np.allclose(got, expected):
        return T(
            es="Tu exponente tiene el signo cambiado: e^(+γ‖x − z‖²) crece con la distancia y pasa de 1. Un kernel "
            "RBF mide parecido: vale 1 en x = z y baja hacia 0 al alejarse, así que el exponente es −γ‖x − z‖².",
            en="Your exponent has the wrong sign: e^(+γ‖x − z‖²) grows with the distance and goes above 1. An RBF "
            "kernel measures similarity: it is 1 at x = z and falls towards 0 as the points move apart, so the "
            "exponent is −γ‖x − z‖².",
        )
    return None
