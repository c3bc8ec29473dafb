"""Checks for solve_equality_qp(Q, c, A, b): iris's minimum-variance weights, a hand case, a fully fixed x."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def cases():
    X, _ = load_iris(return_X_y=True)
    C = np.cov(X, rowvar=False)  # ddof=1, the sample covariance
    return [
        Case(
            T(
                es="iris: pesos de varianza mínima de las 4 medidas que suman 1 (Q = 2C, c = 0, A = [1 1 1 1], b = [1])",
                en="iris: minimum-variance weights of the 4 measurements that add up to 1 (Q = 2C, c = 0, "
                "A = [1 1 1 1], b = [1])",
            ),
            (2 * C, np.zeros(4), np.ones((1, 4)), np.array([1.0])),
        ),
        Case(
            T(
                es="a mano: Q = I (3×3), c = (−2, 0, 4), x₁ + x₂ + x₃ = 1 y x₁ − x₃ = 0",
                en="by hand: Q = I (3×3), c = (−2, 0, 4), x₁ + x₂ + x₃ = 1 and x₁ − x₃ = 0",
            ),
            (
                np.eye(3),
                np.array([-2.0, 0.0, 4.0]),
                np.array([[1.0, 1.0, 1.0], [1.0, 0.0, -1.0]]),
                np.array([1.0, 0.0]),
            ),
        ),
        Case(
            T(
                es="caso límite: 2 restricciones para 2 variables fijan x por completo (Q y c no importan)",
                en="edge case: 2 constraints on 2 variables fix x completely (Q and c do not matter)",
            ),
            (
                np.array([[3.0, 1.0], [1.0, 2.0]]),
                np.array([5.0, -1.0]),
                np.array([[1.0, 2.0], [0.0, 1.0]]),
                np.array([4.0, 1.0]),
            ),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the sign of c flipped, the constraints dropped, and (x, ν) returned together."""
    Q, c, A, b = case.args
    n, m = Q.shape[0], A.shape[0]
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape == (n + m,):
        return T(
            es=f"Devolviste {n + m} números: x y también los {m} multiplicadores ν. El ejercicio pide solo x, "
            f"las primeras {n} entradas de la solución del sistema KKT.",
            en=f"You returned {n + m} numbers: x and also the {m} multipliers ν. The exercise asks for x only, "
            f"the first {n} entries of the solution of the KKT system.",
        )
    if got.shape != (n,):
        return None
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    flipped = np.linalg.solve(K, np.concatenate([c, b]))[:n]
    if not np.allclose(flipped, expected) and np.allclose(got, flipped):
        return T(
            es="El signo de c está al revés: del gradiente Q x + c + Aᵀν = 0 sale Q x + Aᵀν = −c, así que el lado "
            "derecho del sistema es (−c, b), no (c, b).",
            en="The sign of c is flipped: the gradient Q x + c + Aᵀν = 0 gives Q x + Aᵀν = −c, so the right-hand "
            "side of the system is (−c, b), not (c, b).",
        )
    free = np.linalg.solve(Q, -c)
    if not np.allclose(free, expected) and np.allclose(got, free):
        return T(
            es="Tu x es −Q⁻¹c, el mínimo sin restricciones: A x = b no se cumple. Las filas [A, 0] del sistema KKT "
            "son las que obligan a cumplir las restricciones.",
            en="Your x is −Q⁻¹c, the unconstrained minimum: A x = b does not hold. The rows [A, 0] of the KKT "
            "system are what enforce the constraints.",
        )
    return None
