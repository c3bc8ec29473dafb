"""Checks for sigmoid_layer_jacobian(A, b, x): a 2 × 2 hand case, the iris layer at three flowers, a saturated unit."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def iris_layer():
    """Three one-vs-rest logistic regressions on standardised iris (L2, C = 1), stacked: A (3 × 4), b (3,)."""
    from gradiente.models import LogisticRegression

    iris = load_iris()
    X = (iris.data - iris.data.mean(axis=0)) / iris.data.std(axis=0)
    fits = [LogisticRegression(penalty="l2", C=1.0).fit(X, (iris.target == c).astype(int)) for c in range(3)]
    return np.array([fit.coef_[0] for fit in fits]), np.array([fit.intercept_[0] for fit in fits]), X


def cases():
    A, b, X = iris_layer()
    flowers = [
        Case(
            T(
                es=f"la capa de iris (3 × 4) en la flor {i} ({name})",
                en=f"the iris layer (3 × 4) at flower {i} ({name})",
            ),
            (A, b, X[i]),
        )
        for i, name in ((0, "setosa"), (60, "versicolor"), (120, "virginica"))
    ]
    return [
        Case(
            T(
                es="a mano: A = [[1, 2], [0, −1]], b = (0, 0), x = (0, 0): σ′(0) = 1/4 en las dos unidades",
                en="by hand: A = [[1, 2], [0, −1]], b = (0, 0), x = (0, 0): σ′(0) = 1/4 for both units",
            ),
            (np.array([[1.0, 2.0], [0.0, -1.0]]), np.zeros(2), np.zeros(2)),
        ),
        *flowers,
        Case(
            T(
                es="una unidad saturada: z = (30, 0), su fila del jacobiano es casi 0 (σ′(30) ≈ 9·10⁻¹⁴)",
                en="a saturated unit: z = (30, 0), its row of the Jacobian is nearly 0 (σ′(30) ≈ 9·10⁻¹⁴)",
            ),
            (np.array([[3.0, 0.0, 1.0], [1.0, -1.0, 0.5]]), np.array([0.0, 0.0]), np.array([10.0, 11.0, 0.0])),
        ),
    ]


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def diagnose(case, expected, got):
    A, b, x = (np.asarray(a, dtype=float) for a in case.args)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    s = _sigmoid(A @ x + b)
    jacobian = (s * (1 - s))[:, None] * A
    if got.shape == A.T.shape and (got.shape != A.shape or np.allclose(got, jacobian.T)):
        return T(
            es=f"Tu jacobiano tiene forma {got.shape}, la transpuesta de la esperada {A.shape}. En la convención del "
            "curso (§1.3) la fila i es la salida i y la columna j la entrada j: J = diag(σ′(z)) A, de forma (m, n), "
            "no Aᵀ diag(σ′(z)).",
            en=f"Your Jacobian has shape {got.shape}, the transpose of the expected {A.shape}. In the course's "
            "convention (§1.3) row i is output i and column j is input j: J = diag(σ′(z)) A, of shape (m, n), "
            "not Aᵀ diag(σ′(z)).",
        )
    if got.shape != A.shape:
        return None
    if np.allclose(got, A):
        return T(
            es="Devolviste A: ese es el jacobiano de la parte lineal Ax + b. Falta la regla de la cadena: cada fila se "
            "multiplica por la pendiente de su sigmoide, σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)).",
            en="You returned A: that is the Jacobian of the linear part Ax + b. The chain rule is missing: each row is "
            "multiplied by the slope of its sigmoid, σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)).",
        )
    if np.allclose(got, s[:, None] * A):
        return T(
            es="Multiplicaste cada fila por σ(zᵢ), el valor de la sigmoide, no por su derivada σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)).",
            en="You multiplied each row by σ(zᵢ), the sigmoid's value, not by its derivative σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)).",
        )
    return None
