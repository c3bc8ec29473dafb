"""Checks for fit_line(x, y) -> [w, b]: an exact line, diabetes BMI → progression, iris petals, two points."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes, load_iris


def cases():
    diabetes = load_diabetes(scaled=False)
    iris = load_iris()
    return [
        Case(
            T(
                es="una recta exacta: x = [0, 1, 2, 3],  y = 3x − 2 = [−2, 1, 4, 7]",
                en="an exact line: x = [0, 1, 2, 3],  y = 3x − 2 = [−2, 1, 4, 7]",
            ),
            (np.array([0.0, 1.0, 2.0, 3.0]), np.array([-2.0, 1.0, 4.0, 7.0])),
        ),
        Case(
            T(
                es="diabetes: IMC → progresión de la enfermedad (442 pacientes)",
                en="diabetes: BMI → disease progression (442 patients)",
            ),
            (diabetes.data[:, 2], diabetes.target),
        ),
        Case(
            T(
                es="iris: largo del pétalo → ancho del pétalo (150 flores)",
                en="iris: petal length → petal width (150 flowers)",
            ),
            (iris.data[:, 2], iris.data[:, 3]),
        ),
        Case(
            T(
                es="solo dos puntos, (1, 5) y (3, 1): la recta pasa por los dos",
                en="only two points, (1, 5) and (3, 1): the line goes through both",
            ),
            (np.array([1.0, 3.0]), np.array([5.0, 1.0])),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise [b, w] in the wrong order, the uncentred slope Σxy/Σx², and mixed ddof in cov/var."""
    x, y = (np.asarray(arg, dtype=float) for arg in case.args)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    n = len(x)
    if np.allclose(got[::-1], expected) and not np.allclose(got, expected):
        return T(
            es="Tienes los dos números bien pero en el orden contrario: devolviste [b, w]. El ejercicio pide "
            "primero la pendiente y después la ordenada al origen: np.array([w, b]).",
            en="Both numbers are right but in the wrong order: you returned [b, w]. The exercise asks for the "
            "slope first and the intercept second: np.array([w, b]).",
        )
    uncentred = np.sum(x * y) / np.sum(x * x)
    if np.isclose(got[0], uncentred) and not np.isclose(uncentred, expected[0]):
        return T(
            es="Tu pendiente es Σxᵢyᵢ / Σxᵢ²: esa es la mejor recta que pasa por el origen (sin b). Con "
            "ordenada al origen hay que centrar primero: w = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)².",
            en="Your slope is Σxᵢyᵢ / Σxᵢ²: that is the best line through the origin (no b). With an intercept, "
            "centre first: w = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)².",
        )
    for factor, name in ((n / (n - 1), "n/(n − 1)"), ((n - 1) / n, "(n − 1)/n")):
        if np.isclose(got[0], factor * expected[0]) and not np.isclose(factor, 1):
            return T(
                es=f"Tu pendiente está multiplicada por {name} = {factor:.4g}, con n = {n}: la covarianza y la "
                "varianza se dividieron entre números distintos (np.cov usa ddof=1 y np.var, ddof=0). Usa el "
                "mismo divisor arriba y abajo, o mejor solo las sumas: el divisor se cancela.",
                en=f"Your slope is multiplied by {name} = {factor:.4g}, with n = {n}: the covariance and the "
                "variance were divided by different numbers (np.cov uses ddof=1 and np.var ddof=0). Use the same "
                "divisor above and below, or just the sums: the divisor cancels.",
            )
    return None
