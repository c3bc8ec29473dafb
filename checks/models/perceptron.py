"""Checks for perceptron(X, y, n_epochs): four points by hand, iris petals (1 and 10 epochs), zero epochs."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris

HAND_X = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0], [-1.0, 1.0]])
HAND_Y = np.array([1, 0, 1, 0])


def iris_petals():
    """Setosa (0) vs versicolor (1), petal length and width (cm), in the data set's order: 100 × 2."""
    iris = load_iris()
    keep = iris.target < 2
    return iris.data[keep][:, 2:4], iris.target[keep]


def cases():
    X, y = iris_petals()
    return [
        Case(
            T(
                es="a mano: X = [[1, 0], [0, 1], [2, 2], [−1, 1]], y = [1, 0, 1, 0], 2 épocas",
                en="by hand: X = [[1, 0], [0, 1], [2, 2], [−1, 1]], y = [1, 0, 1, 0], 2 epochs",
            ),
            (HAND_X, HAND_Y, 2),
        ),
        Case(
            T(
                es="iris, setosa contra versicolor (largo y ancho del pétalo), 1 época",
                en="iris, setosa vs versicolor (petal length and width), 1 epoch",
            ),
            (X, y, 1),
        ),
        Case(
            T(
                es="iris, setosa contra versicolor (largo y ancho del pétalo), 10 épocas",
                en="iris, setosa vs versicolor (petal length and width), 10 epochs",
            ),
            (X, y, 10),
        ),
        Case(
            T(es="cero épocas: no se mira ningún punto", en="zero epochs: no point is looked at"),
            (HAND_X, HAND_Y, 0),
        ),
    ]


def _run(X, y, n_epochs, labels="pm", strict=False, bias=True):
    X = np.asarray(X, dtype=float)
    s = np.where(np.asarray(y) > 0, 1.0, -1.0) if labels == "pm" else np.asarray(y, dtype=float)
    b, w = 0.0, np.zeros(X.shape[1])
    for _ in range(n_epochs):
        for x_i, s_i in zip(X, s):
            f = w @ x_i + b
            if (s_i * f < 0) if strict else (s_i * f <= 0):
                w = w + s_i * x_i
                if bias:
                    b = b + s_i
    return np.concatenate([[b], w])


def diagnose(case, expected, got):
    X, y, n_epochs = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None
    if np.allclose(got, np.roll(expected, -1)):
        return T(
            es="Tus números son los correctos pero en otro orden: se pide [b, w₁, …, w_d], con el sesgo primero.",
            en="Your numbers are right but in another order: [b, w₁, …, w_d] is wanted, with the bias first.",
        )
    if not got.any() and expected.any():
        return T(
            es="Devolviste puros ceros: con w = 0 y b = 0, y·f = 0 en el primer punto, y con la condición estricta "
            "y·f < 0 nunca se actualiza. Un punto sobre la recta también cuenta como error: usa y·f ≤ 0.",
            en="You returned all zeros: with w = 0 and b = 0, y·f = 0 at the first point, and with the strict test "
            "y·f < 0 nothing is ever updated. A point on the line counts as a mistake too: use y·f ≤ 0.",
        )
    if np.allclose(got, _run(X, y, n_epochs, labels="01")):
        return T(
            es="Usaste las etiquetas 0/1 tal cual: con y = 0 la actualización w ← w + y·x no resta nada, así que los "
            "puntos de la clase 0 nunca empujan la recta. Convierte primero 0 → −1 y 1 → +1.",
            en="You used the 0/1 labels as they are: with y = 0 the update w ← w + y·x subtracts nothing, so the "
            "class-0 points never push the line. Convert 0 → −1 and 1 → +1 first.",
        )
    if np.allclose(got, _run(X, y, n_epochs, bias=False)):
        return T(
            es="Tu sesgo b nunca cambia: en cada error, además de w ← w + y·x, actualiza b ← b + y.",
            en="Your bias b never changes: at each mistake, besides w ← w + y·x, update b ← b + y.",
        )
    return None
