"""Checks for geometric_margin(w, b, X, y): a hand case, the iris optimum (≈ 0.652), a misclassifying line."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def iris_petals():
    """Setosa (0) vs versicolor (1), petal length and width (cm): 100 × 2."""
    iris = load_iris()
    keep = iris.target < 2
    return iris.data[keep][:, 2:4], iris.target[keep]


# The hard-margin SVM on those petals: w = (22/17, 14/17), b = −64.4/17, margin 1/‖w‖ ≈ 0.652.
IRIS_W = np.array([22 / 17, 14 / 17])
IRIS_B = -64.4 / 17


def cases():
    X, y = iris_petals()
    return [
        Case(
            T(
                es="a mano: w = (1, 1), b = −2, puntos (0, 0) de clase 0, (2, 2) y (3, 0) de clase 1",
                en="by hand: w = (1, 1), b = −2, points (0, 0) of class 0, (2, 2) and (3, 0) of class 1",
            ),
            (np.array([1.0, 1.0]), -2.0, np.array([[0.0, 0.0], [2.0, 2.0], [3.0, 0.0]]), np.array([0, 1, 1])),
        ),
        Case(
            T(
                es="iris, setosa contra versicolor (pétalos), con la SVM de margen duro: ≈ 0.652",
                en="iris, setosa vs versicolor (petals), with the hard-margin SVM: ≈ 0.652",
            ),
            (IRIS_W, IRIS_B, X, y),
        ),
        Case(
            T(
                es="iris, la recta «largo del pétalo = 3.5 cm»: deja versicolores del lado de setosa",
                en="iris, the line “petal length = 3.5 cm”: it leaves some versicolor on setosa's side",
            ),
            (np.array([1.0, 0.0]), -3.5, X, y),
        ),
    ]


def diagnose(case, expected, got):
    w, b, X, y = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    w = np.asarray(w, dtype=float)
    norm = np.linalg.norm(w)
    scores = np.asarray(X, dtype=float) @ w + b
    if expected < 0 and np.isclose(got, np.min(np.abs(scores)) / norm):
        return T(
            es="Tu margen es positivo, pero esta recta clasifica mal algunos puntos: usaste |wᵀx + b| en lugar de "
            "yᵢ(wᵀxᵢ + b). Con la etiqueta (−1 o +1) el margen queda negativo para un punto del lado equivocado.",
            en="Your margin is positive, yet this line misclassifies some points: you used |wᵀx + b| instead of "
            "yᵢ(wᵀxᵢ + b). With the label (−1 or +1) the margin is negative for a point on the wrong side.",
        )
    if np.isclose(got, 2 * expected) or np.isclose(got, 2 / norm):
        return T(
            es="Devolviste el ancho de la calle (2/‖w‖ en el óptimo), el doble del margen. El margen geométrico es "
            "la distancia del punto más cercano a la frontera: minᵢ yᵢ(wᵀxᵢ + b)/‖w‖.",
            en="You returned the width of the street (2/‖w‖ at the optimum), twice the margin. The geometric margin "
            "is the distance from the closest point to the boundary: minᵢ yᵢ(wᵀxᵢ + b)/‖w‖.",
        )
    raw = np.asarray(y, dtype=float) * scores
    if np.isclose(got, np.min(raw) / norm):
        return T(
            es="Usaste las etiquetas 0/1 tal cual: cada punto de clase 0 aporta 0·f(x) = 0 y el mínimo se arruina. "
            "Convierte antes a −1/+1 con 2·y − 1.",
            en="You used the 0/1 labels as they are: each class-0 point contributes 0·f(x) = 0 and spoils the "
            "minimum. Convert them to −1/+1 first with 2·y − 1.",
        )
    return None
