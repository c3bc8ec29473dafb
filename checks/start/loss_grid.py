"""Checks for loss_grid(x, y, ws, bs): a hand case with len(ws) ≠ len(bs), diabetes BMI on the lesson's grid, one w."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def cases():
    diabetes = load_diabetes(scaled=False)
    return [
        # y = 2x + 1 exactly: J = 0 at row b = 1, column w = 2, that is Z[1, 2].
        Case(
            T.same("x = [0, 1, 2],  y = [1, 3, 5],  ws = [0, 1, 2],  bs = [0, 1]"),
            (np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 5.0]), np.array([0.0, 1.0, 2.0]), np.array([0.0, 1.0])),
        ),
        Case(
            T(
                es="diabetes: IMC → progresión,  ws = linspace(−5, 20, 26),  bs = linspace(−200, 200, 21)",
                en="diabetes: BMI → progression,  ws = linspace(−5, 20, 26),  bs = linspace(−200, 200, 21)",
            ),
            (diabetes.data[:, 2], diabetes.target, np.linspace(-5, 20, 26), np.linspace(-200, 200, 21)),
        ),
        Case(
            T(
                es="un solo valor de w y cuatro de b: x = [1, 2],  y = [0, 4],  ws = [3],  bs = [−2, −1, 0, 1]",
                en="a single w and four values of b: x = [1, 2],  y = [0, 4],  ws = [3],  bs = [−2, −1, 0, 1]",
            ),
            (np.array([1.0, 2.0]), np.array([0.0, 4.0]), np.array([3.0]), np.array([-2.0, -1.0, 0.0, 1.0])),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the transposed layout, the sum instead of the mean, and an intercept that is never used."""
    x, y, ws, bs = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim == 2 and got.shape == expected.shape[::-1] and np.allclose(got.T, expected):
        return T(
            es=f"Tu cuadrícula está transpuesta: tiene forma {got.shape} = (len(ws), len(bs)) y se pedía "
            f"{expected.shape} = (len(bs), len(ws)). Una fila por cada b y una columna por cada w: así la "
            "espera plt.contour(ws, bs, Z), con w en el eje horizontal. Llena Z[i, j] con J(ws[j], bs[i]).",
            en=f"Your grid is transposed: its shape is {got.shape} = (len(ws), len(bs)) where {expected.shape} "
            "= (len(bs), len(ws)) was asked for. One row per b and one column per w: that is what "
            "plt.contour(ws, bs, Z) expects, with w on the horizontal axis. Fill Z[i, j] with J(ws[j], bs[i]).",
        )
    if got.shape != expected.shape:
        return None
    n = len(x)
    if n > 1 and np.allclose(got, n * expected) and not np.allclose(expected, 0):
        return T(
            es=f"Cada valor de tu cuadrícula es {n} veces el esperado, y hay n = {n} puntos: sumaste los "
            "cuadrados sin dividir entre n. J(w, b) es el error cuadrático medio, la media.",
            en=f"Every entry of your grid is {n} times the expected one, and there are n = {n} points: you added "
            "up the squares without dividing by n. J(w, b) is the mean squared error, the mean.",
        )
    if len(bs) > 1 and np.all(np.ptp(got, axis=0) == 0) and not np.all(np.ptp(expected, axis=0) == 0):
        return T(
            es="Todas las filas de tu cuadrícula son iguales: el costo no cambia con b. ¿Usas b al calcular la "
            "predicción? Debe ser ŷ = w·x + b, con el b de esa fila (bs[i]).",
            en="Every row of your grid is the same: the cost does not change with b. Do you use b when you "
            "compute the prediction? It must be ŷ = w·x + b, with that row's b (bs[i]).",
        )
    return None
