"""Checks for ridge(X, y, alpha): a hand case, diabetes with α ∈ {0, 0.1, 10}, α = 0 equal to least squares."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def cases():
    d = load_diabetes()
    return [
        Case(
            T(
                es="a mano: x = [−1, 0, 1], y = [1, 2, 3] (ȳ = 2), α = 2: w = 2/(2 + 2) = 0.5 y b = 2",
                en="by hand: x = [−1, 0, 1], y = [1, 2, 3] (ȳ = 2), α = 2: w = 2/(2 + 2) = 0.5 and b = 2",
            ),
            (np.array([[-1.0], [0.0], [1.0]]), np.array([1.0, 2.0, 3.0]), 2.0),
        ),
        Case(
            T(
                es="diabetes con α = 0: tiene que coincidir con mínimos cuadrados (ejercicio 1)",
                en="diabetes with α = 0: it must equal least squares (exercise 1)",
            ),
            (d.data, d.target, 0.0),
        ),
        Case(T(es="diabetes con α = 0.1", en="diabetes with α = 0.1"), (d.data, d.target, 0.1)),
        Case(T(es="diabetes con α = 10", en="diabetes with α = 10"), (d.data, d.target, 10.0)),
    ]


def _solve(A, y, P, alpha):
    return np.linalg.solve(A.T @ A + alpha * P, A.T @ y)


def diagnose(case, expected, got):
    X, y, alpha = case.args
    X = np.asarray(X, dtype=float)
    got = np.asarray(got, dtype=float)
    if got.shape != expected.shape or alpha == 0:
        return None
    n, d = X.shape
    A = np.column_stack([np.ones(n), X])
    all_penalised = _solve(A, y, np.eye(d + 1), alpha)
    if np.allclose(got, all_penalised, rtol=1e-6):
        return T(
            es="Penalizaste también el intercepto (sumaste α a toda la diagonal de AᵀA, con la columna de unos "
            "incluida): b no debe encogerse, porque moverlo solo traslada la recta. Centra y suma αI solo a XcᵀXc.",
            en="You also penalised the intercept (you added α to the whole diagonal of AᵀA, column of ones "
            "included): b must not shrink, since moving it only shifts the line. Centre and add αI only to XcᵀXc.",
        )
    xm = X.mean(axis=0)
    Xc = X - xm
    w_n = np.linalg.solve(Xc.T @ Xc + alpha * n * np.eye(d), Xc.T @ (y - y.mean()))
    if np.allclose(got[1:], w_n, rtol=1e-6):
        return T(
            es="Usaste α·n (la convención de la pérdida media, ‖·‖²/n + α‖w‖²): aquí la suma de cuadrados no se "
            "divide entre n, así que es XcᵀXc + αI.",
            en="You used α·n (the mean-loss convention, ‖·‖²/n + α‖w‖²): here the sum of squares is not divided "
            "by n, so it is XcᵀXc + αI.",
        )
    return None
