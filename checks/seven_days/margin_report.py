"""Checks for margin_report(w, b, X, y, tol=1e-6): a hand case, the iris hard margin, the same line
halved, a soft margin of SVC and the printed (rounded) coefficients with a looser tol."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris
from gradiente.models import SVC


def iris_petals():
    """Setosa (0) vs versicolor (1), petal length and width (cm): 100 × 2, labels 0/1."""
    iris = load_iris()
    keep = iris.target < 2
    return iris.data[keep][:, 2:4], iris.target[keep]


# The hard-margin SVM on those petals: w = (22/17, 14/17), b = −64.4/17, margin 1/‖w‖ ≈ 0.652,
# support vectors (1.9, 0.4) of setosa and (3.0, 1.1) of versicolor (lesson 6.7, section 1).
IRIS_W = np.array([22 / 17, 14 / 17])
IRIS_B = -64.4 / 17
SOFT_C = 0.1  # a soft margin: 12 support vectors for SVC, 2 of them on the edges, 10 inside the street

# By hand: f(x) = 2x₁ − 2, so yᵢf(xᵢ) = 1, 1, 4, −1, 0.5 and ‖w‖ = 2.
HAND_W = np.array([2.0, 0.0])
HAND_B = -2.0
HAND_X = np.array([[1.5, 0.0], [0.5, 1.0], [3.0, 0.0], [1.5, 1.0], [1.25, 0.0]])
HAND_Y = np.array([1, 0, 1, 0, 1])


def soft_margin_line(X, y):
    """w and b of SVC(kernel="linear", C=SOFT_C) on the iris petals, labels as −1/+1."""
    model = SVC(kernel="linear", C=SOFT_C).fit(X, 2 * y - 1)
    return model.coef_.ravel(), float(model.intercept_[0])


def cases():
    X, y = iris_petals()
    w_soft, b_soft = soft_margin_line(X, y)
    return [
        Case(
            T(
                es="a mano: w = (2, 0), b = −2; yᵢf(xᵢ) = 1, 1, 4, −1 y 0.5 → [−0.5, 2, 2]",
                en="by hand: w = (2, 0), b = −2; yᵢf(xᵢ) = 1, 1, 4, −1 and 0.5 → [−0.5, 2, 2]",
            ),
            (HAND_W, HAND_B, HAND_X, HAND_Y),
        ),
        Case(
            T(
                es="iris, setosa contra versicolor (pétalos), la SVM de margen duro: ≈ [0.652, 2, 0]",
                en="iris, setosa vs versicolor (petals), the hard-margin SVM: ≈ [0.652, 2, 0]",
            ),
            (IRIS_W, IRIS_B, X, y),
        ),
        Case(
            T(
                es="la misma recta con w y b divididos entre 2: el margen no cambia, las restricciones sí",
                en="the same line with w and b divided by 2: the margin stays, the constraints do not",
            ),
            (IRIS_W / 2, IRIS_B / 2, X, y),
        ),
        Case(
            T(
                es=f"iris, margen suave de SVC con C = {SOFT_C}: puntos dentro de la calle",
                en=f"iris, soft margin of SVC with C = {SOFT_C}: points inside the street",
            ),
            (w_soft, b_soft, X, y),
        ),
        Case(
            T(
                es="los coeficientes redondeados a tres decimales, w = (1.294, 0.824), b = −3.788, con tol = 1e-3",
                en="the coefficients rounded to three decimals, w = (1.294, 0.824), b = −3.788, with tol = 1e-3",
            ),
            (np.array([1.294, 0.824]), -3.788, X, y),
            {"tol": 1e-3},
        ),
    ]


def report(functional, norm, tol):
    """[margin, n_support, n_violations] from the functional margins yᵢf(xᵢ), as the reference computes it."""
    return np.array([functional.min() / norm, np.sum(np.abs(functional - 1) <= tol), np.sum(functional < 1 - tol)])


def diagnose(case, expected, got):
    w, b, X, y = case.args
    tol = case.kwargs.get("tol", 1e-6)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (3,):
        return None
    w = np.asarray(w, dtype=float)
    norm = np.linalg.norm(w)
    scores = np.asarray(X, dtype=float) @ w + b  # f(xᵢ)
    signs = 2 * np.asarray(y, dtype=float) - 1
    functional = signs * scores
    expected = np.asarray(expected, dtype=float)
    same_counts = np.array_equal(got[1:], expected[1:])
    if np.allclose(got, report(np.asarray(y, dtype=float) * scores, norm, tol)):
        return T(
            es="Usaste las etiquetas 0/1 tal cual: cada punto de clase 0 da 0·f(x) = 0, que no es ni margen ni "
            "restricción. Conviértelas antes a −1/+1 con 2·y − 1.",
            en="You used the 0/1 labels as they are: each class-0 point gives 0·f(x) = 0, which is neither a margin "
            "nor a constraint. Convert them to −1/+1 first with 2·y − 1.",
        )
    if np.allclose(got, report(np.abs(scores), norm, tol)):
        return T(
            es="Usaste |f(xᵢ)| en lugar de yᵢf(xᵢ): así un punto del lado equivocado cuenta como si estuviera bien "
            "(uno con f = 1 y etiqueta −1 queda “en el borde”). La etiqueta da el signo: yᵢf(xᵢ) < 0 es un error.",
            en="You used |f(xᵢ)| instead of yᵢf(xᵢ): that way a point on the wrong side counts as if it were fine "
            "(one with f = 1 and label −1 lands “on the edge”). The label gives the sign: yᵢf(xᵢ) < 0 is an error.",
        )
    if same_counts and not np.isclose(norm, 1) and np.isclose(got[0], expected[0] * norm):
        return T(
            es="Tu margen es el funcional, minᵢ yᵢf(xᵢ), sin dividir entre ‖w‖. Ese número cambia si escalas (w, b); "
            "la distancia a la frontera, minᵢ yᵢf(xᵢ)/‖w‖, no.",
            en="Your margin is the functional one, minᵢ yᵢf(xᵢ), not divided by ‖w‖. That number changes if you scale "
            "(w, b); the distance to the boundary, minᵢ yᵢf(xᵢ)/‖w‖, does not.",
        )
    if same_counts and np.isclose(got[0], 2 / norm):
        return T(
            es="Devolviste 2/‖w‖, el ancho de la calle cuando el punto más cercano tiene yᵢf(xᵢ) = 1. El margen es la "
            "distancia del punto más cercano a la frontera, minᵢ yᵢf(xᵢ)/‖w‖: la mitad de ese ancho en el óptimo, "
            "y negativo si algún punto está del lado equivocado.",
            en="You returned 2/‖w‖, the width of the street when the closest point has yᵢf(xᵢ) = 1. The margin is the "
            "distance from the closest point to the boundary, minᵢ yᵢf(xᵢ)/‖w‖: half that width at the optimum, and "
            "negative if some point is on the wrong side.",
        )
    if np.isclose(got[0], expected[0]) and got[1] == expected[1] and got[2] == np.sum(functional < 0):
        return T(
            es="Contaste como violaciones solo los puntos mal clasificados (yᵢf(xᵢ) < 0). La restricción de la SVM "
            "es yᵢf(xᵢ) ≥ 1: un punto bien clasificado pero dentro de la calle (0 ≤ yᵢf(xᵢ) < 1) también la rompe.",
            en="You counted as violations only the misclassified points (yᵢf(xᵢ) < 0). The SVM's constraint is "
            "yᵢf(xᵢ) ≥ 1: a point correctly classified but inside the street (0 ≤ yᵢf(xᵢ) < 1) breaks it too.",
        )
    if np.isclose(got[0], expected[0]) and got[2] == expected[2] and got[1] == np.sum(functional <= 1 + tol):
        return T(
            es="En n_soporte contaste también los puntos dentro de la calle (yᵢf(xᵢ) ≤ 1). Aquí n_soporte son solo "
            "los que están en un borde, |yᵢf(xᵢ) − 1| ≤ tol; los de adentro ya están en n_violaciones. (SVC llama "
            "vectores de soporte a los dos grupos: todos tienen αᵢ > 0).",
            en="In n_support you also counted the points inside the street (yᵢf(xᵢ) ≤ 1). Here n_support is only "
            "those on an edge, |yᵢf(xᵢ) − 1| ≤ tol; the ones inside are already in n_violations. (SVC calls both "
            "groups support vectors: all of them have αᵢ > 0.)",
        )
    if np.isclose(got[0], expected[0]) and got[2] == expected[2] and got[1] == np.sum(functional == 1):
        return T(
            es="Buscaste los puntos del borde con yᵢf(xᵢ) == 1 exacto. En punto flotante casi nunca da 1 exacto "
            "(en los pétalos de iris se aleja de 1 en unos 10⁻¹⁶): compara con tolerancia, |yᵢf(xᵢ) − 1| ≤ tol.",
            en="You looked for the edge points with yᵢf(xᵢ) == 1 exactly. In floating point it is almost never exactly "
            "1 (on the iris petals it is off by about 10⁻¹⁶): compare with a tolerance, |yᵢf(xᵢ) − 1| ≤ tol.",
        )
    if tol != 1e-6 and np.allclose(got, report(functional, norm, 1e-6)):
        return T(
            es="Tu función no usa el argumento tol (da lo mismo que con 1e-6). Con los coeficientes redondeados, "
            "los puntos del borde tienen yᵢf(xᵢ) a 10⁻⁴ de 1: con tol = 1e-3 cuentan como soporte.",
            en="Your function ignores the tol argument (it gives the same as with 1e-6). With the rounded "
            "coefficients the edge points have yᵢf(xᵢ) within 10⁻⁴ of 1: with tol = 1e-3 they count as support.",
        )
    return None
