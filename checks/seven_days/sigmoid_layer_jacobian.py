"""Checks for sigmoid_layer_jacobian(A, b, x): a 2 × 2 layer by hand, the iris layer (three one-vs-rest
logistic regressions on the 4 standardised inputs) at three flowers, and a saturated unit (z = 30)."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris
from gradiente.models import LogisticRegression


def iris_layer():
    """A (3, 4), b (3,) and the standardised X (ddof=0): one L2-penalised logistic regression (C = 1) per
    species on iris's four standardised measurements, stacked as the rows of a sigmoid layer (the
    unpenalised fit of setosa does not exist: it is separable). The lesson fits the same layer."""
    data = load_iris()
    X = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    rows, biases = [], []
    for species in range(3):
        model = LogisticRegression(penalty="l2", C=1.0).fit(X, (data.target == species).astype(int))
        rows.append(model.coef_[0])
        biases.append(model.intercept_[0])
    return np.array(rows), np.array(biases), X


IRIS_A, IRIS_B, IRIS_X = iris_layer()


def cases():
    return [
        Case(
            T(
                es="a mano: A = [[1, 2], [3, −1]], b = 0, x = 0 (σ′(0) = 1/4, así que J = A/4)",
                en="by hand: A = [[1, 2], [3, −1]], b = 0, x = 0 (σ′(0) = 1/4, so J = A/4)",
            ),
            (np.array([[1.0, 2.0], [3.0, -1.0]]), np.zeros(2), np.zeros(2)),
        ),
        Case(
            T(es="iris: la capa de 3 unidades en la flor 0 (setosa)", en="iris: the 3-unit layer at flower 0 (setosa)"),
            (IRIS_A, IRIS_B, IRIS_X[0]),
        ),
        Case(
            T(
                es="iris: la capa de 3 unidades en la flor 50 (versicolor)",
                en="iris: the 3-unit layer at flower 50 (versicolor)",
            ),
            (IRIS_A, IRIS_B, IRIS_X[50]),
        ),
        Case(
            T(
                es="iris: la capa de 3 unidades en la flor 100 (virginica)",
                en="iris: the 3-unit layer at flower 100 (virginica)",
            ),
            (IRIS_A, IRIS_B, IRIS_X[100]),
        ),
        Case(
            T(
                es="caso límite: una unidad saturada, z = (30, 0): su fila de J es casi cero",
                en="edge case: a saturated unit, z = (30, 0): its row of J is almost zero",
            ),
            (np.array([[2.0, 1.0, 0.5], [1.0, -1.0, 2.0]]), np.array([30.0, 0.0]), np.zeros(3)),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise A returned (σ′ forgotten), diag(σ(z)) A (σ instead of σ′), and Aᵀ diag(σ′) (n × m)."""
    A, b, x = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    z = A @ x + b
    s = 1 / (1 + np.exp(-z))
    slopes = s * (1 - s)

    def matches(candidate):
        return (
            got.shape == candidate.shape
            and np.allclose(got, candidate, rtol=1e-7, atol=1e-10)
            and not (candidate.shape == expected.shape and np.allclose(candidate, expected, rtol=1e-7, atol=1e-10))
        )

    if matches(A):
        return T(
            es="Devolviste A: esa es la jacobiana de la parte lineal, z = Ax + b, pero la capa sigue con σ. "
            "Por la regla de la cadena cada fila i se multiplica por σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)): J = diag(σ′(z)) A.",
            en="You returned A: that is the Jacobian of the linear part, z = Ax + b, but the layer goes on "
            "through σ. By the chain rule each row i is multiplied by σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)): "
            "J = diag(σ′(z)) A.",
        )
    if matches(s[:, None] * A):
        return T(
            es="Multiplicaste cada fila de A por σ(zᵢ), el valor de la sigmoide, y hace falta su **derivada**, "
            "σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)). Con z = 0 se nota: σ(0) = 1/2 pero σ′(0) = 1/4.",
            en="You multiplied each row of A by σ(zᵢ), the sigmoid's value, where its **derivative** is needed, "
            "σ′(zᵢ) = σ(zᵢ)(1 − σ(zᵢ)). At z = 0 it shows: σ(0) = 1/2 but σ′(0) = 1/4.",
        )
    if matches(A.T * slopes[None, :]) or matches(expected.T):
        m, n = A.shape
        return T(
            es=f"Tu resultado es la transpuesta, Aᵀ diag(σ′(z)), de forma ({n}, {m}). La convención del curso "
            f"(la de la lección 2.5, el «numerator layout») es J de forma m × n = ({m}, {n}): la fila i es el gradiente de la salida i, "
            "así que J = diag(σ′(z)) A, y Jδ predice cómo se mueve la salida.",
            en=f"Your result is the transpose, Aᵀ diag(σ′(z)), of shape ({n}, {m}). The course's convention (lesson 2.5, "
            f"numerator layout) is J of shape m × n = ({m}, {n}): row i is the gradient of output i, so "
            "J = diag(σ′(z)) A, and Jδ predicts how the output moves.",
        )
    return None
