"""Checks for mse_gradient(X, y, w): a 3×2 hand case, diabetes with an intercept column, one sample, a minimum."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def _diabetes_design():
    """Diabetes' 10 features as shipped (centred, columns of norm 1) with a column of ones in front."""
    X, y = load_diabetes(return_X_y=True)
    return np.hstack([np.ones((len(X), 1)), X]), y


def cases():
    X, y = _diabetes_design()
    w_random = np.random.default_rng(31).normal(0, 100, size=X.shape[1])
    w_best = np.linalg.lstsq(X, y, rcond=None)[0]
    return [
        # Xw = (0, 1, 2), Xw − y = (−1, −1, −2), Xᵀ(Xw − y) = (−4, −5), times 2/3.
        Case(
            T(
                es="X = [[1, 0], [1, 1], [1, 2]],  y = (1, 2, 4),  w = (0, 1)",
                en="X = [[1, 0], [1, 1], [1, 2]],  y = (1, 2, 4),  w = (0, 1)",
            ),
            (np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 2.0, 4.0]), np.array([0.0, 1.0])),
        ),
        Case(
            T(
                es="diabetes: X con una columna de unos (442×11),  w = 0",
                en="diabetes: X with a column of ones (442×11),  w = 0",
            ),
            (X, y, np.zeros(X.shape[1])),
        ),
        Case(
            T(
                es="diabetes: X con una columna de unos (442×11),  w al azar",
                en="diabetes: X with a column of ones (442×11),  a random w",
            ),
            (X, y, w_random),
        ),
        Case(
            T(
                es="un solo dato: X = [[2, 3]],  y = (1),  w = (1, 1)",
                en="a single sample: X = [[2, 3]],  y = (1),  w = (1, 1)",
            ),
            (np.array([[2.0, 3.0]]), np.array([1.0]), np.array([1.0, 1.0])),
        ),
        Case(
            T(
                es="diabetes en la solución de mínimos cuadrados: ahí el gradiente es 0",
                en="diabetes at the least-squares solution: the gradient is 0 there",
            ),
            (X, y, w_best),
            atol=1e-8,
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the missing 2, the missing 1/n and the flipped residual y − Xw."""
    X, y, w = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    n_samples = len(y)
    if got.shape != expected.shape:
        if got.shape == (n_samples,):
            return T(
                es=f"Tu resultado tiene {n_samples} números, uno por dato: son los residuos (o algo por dato). El "
                f"gradiente tiene la forma de w, {expected.shape}: multiplica por Xᵀ para sumar la contribución "
                "de cada dato a cada peso.",
                en=f"Your result has {n_samples} numbers, one per sample: those are residuals (or something per "
                f"sample). The gradient is shaped like w, {expected.shape}: multiply by Xᵀ to add up each "
                "sample's contribution to each weight.",
            )
        return None
    if not np.abs(expected).max() > 1e-8:
        return None
    if np.allclose(got, expected / 2, rtol=1e-6):
        return T(
            es="Tu gradiente es la mitad del correcto: falta el 2 que baja del cuadrado, d(r²)/dr = 2r. "
            "Sin él, el descenso avanza con la mitad de la tasa que crees usar.",
            en="Your gradient is half the right one: the 2 that comes down from the square is missing, "
            "d(r²)/dr = 2r. Without it, descent moves with half the rate you think you are using.",
        )
    if n_samples > 1 and np.allclose(got, n_samples * expected, rtol=1e-6):
        return T(
            es=f"Tu gradiente es {n_samples} veces el correcto (n = {n_samples}): sumaste sin dividir entre n. "
            "El costo es una media, J = (1/n)Σ rᵢ², y su gradiente también lleva el 1/n; sin él, la tasa que "
            "funcionaba con 100 datos diverge con 10 000.",
            en=f"Your gradient is {n_samples} times the right one (n = {n_samples}): you summed without dividing "
            "by n. The cost is a mean, J = (1/n)Σ rᵢ², and its gradient carries the 1/n too; without it, a rate "
            "that worked with 100 samples diverges with 10 000.",
        )
    if np.allclose(got, -expected, rtol=1e-6):
        return T(
            es="Tu gradiente tiene el signo cambiado: usaste el residuo y − Xw. La derivada de (Xw − y)² respecto "
            "de w es 2Xᵀ(Xw − y); con y − Xw, restar el gradiente te haría subir el costo.",
            en="Your gradient has the wrong sign: you used the residual y − Xw. The derivative of (Xw − y)² with "
            "respect to w is 2Xᵀ(Xw − y); with y − Xw, subtracting the gradient would make the cost go up.",
        )
    return None
