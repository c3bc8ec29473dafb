"""Checks for eigvals_2x2(A): both eigenvalues of a 2×2 matrix with real eigenvalues, largest first.

The answers are sorted (largest first) before comparing, so a right answer in the other order passes.
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def largest_first(values):
    return np.sort(np.asarray(values, dtype=float).ravel())[::-1]


def iris_petal_covariance():
    X = load_iris().data[:, 2:4]  # petal length and petal width, in cm
    return np.cov(X, rowvar=False)  # ddof=1, the sample covariance


def cases():
    return [
        Case(
            T(
                es="simétrica a mano: A = [[2, 1], [1, 2]]  (λ = 3 y 1)",
                en="symmetric, by hand: A = [[2, 1], [1, 2]]  (λ = 3 and 1)",
            ),
            (np.array([[2.0, 1.0], [1.0, 2.0]]),),
            normalize=largest_first,
        ),
        Case(
            T(
                es="no simétrica con λ reales: A = [[4, 1], [2, 3]]",
                en="not symmetric, with real λ: A = [[4, 1], [2, 3]]",
            ),
            (np.array([[4.0, 1.0], [2.0, 3.0]]),),
            normalize=largest_first,
        ),
        Case(
            T(
                es="la hessiana del tazón de la lección 2.1: H = [[2, −1], [−1, 6]]  (λ = 4 ± √5)",
                en="the Hessian of lesson 2.1's bowl: H = [[2, −1], [−1, 6]]  (λ = 4 ± √5)",
            ),
            (np.array([[2.0, -1.0], [-1.0, 6.0]]),),
            normalize=largest_first,
        ),
        Case(
            T(
                es="datos reales: covarianza de largo y ancho del pétalo en iris",
                en="real data: covariance of petal length and width in iris",
            ),
            (iris_petal_covariance(),),
            normalize=largest_first,
        ),
        Case(
            T(
                es="valor propio repetido: A = [[3, 1], [0, 3]]  (un corte, λ = 3 dos veces)",
                en="repeated eigenvalue: A = [[3, 1], [0, 3]]  (a shear, λ = 3 twice)",
            ),
            (np.array([[3.0, 1.0], [0.0, 3.0]]),),
            normalize=largest_first,
        ),
        # tr = 0.7 and det = 0.1225, so tr² − 4·det = 0 exactly; in floating point it comes out −5.6·10⁻¹⁷.
        Case(
            T(
                es="valor propio repetido con decimales: A = [[0.1, 0.2], [−0.3125, 0.6]]  (λ = 0.35 dos veces)",
                en="repeated eigenvalue with decimals: A = [[0.1, 0.2], [−0.3125, 0.6]]  (λ = 0.35 twice)",
            ),
            (np.array([[0.1, 0.2], [-0.3125, 0.6]]),),
            normalize=largest_first,
        ),
    ]


def _roots(trace, det, sign_of_trace=1.0, sign_of_4det=-1.0):
    root = np.sqrt(max(trace**2 + sign_of_4det * 4 * det, 0.0))
    return largest_first([(sign_of_trace * trace + root) / 2, (sign_of_trace * trace - root) / 2])


def diagnose(case, expected, got):
    (A,) = case.args
    try:
        got = largest_first(got)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    trace = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    if np.isnan(got).any():
        return T(
            es="Te salió nan: el discriminante tr² − 4·det es 0 en aritmética exacta (un valor propio repetido), "
            "pero el redondeo lo deja en un número negativo diminuto, y np.sqrt de un negativo es nan. "
            "Usa max(tr² − 4·det, 0) antes de sacar la raíz.",
            en="You got nan: the discriminant tr² − 4·det is 0 in exact arithmetic (a repeated eigenvalue), "
            "but rounding leaves it at a tiny negative number, and np.sqrt of a negative is nan. "
            "Use max(tr² − 4·det, 0) before taking the root.",
        )
    if np.allclose(got, _roots(trace, det, sign_of_trace=-1.0)):
        return T(
            es="Tus valores propios tienen el signo cambiado: son −λ. El polinomio es λ² − tr(A)·λ + det(A), "
            "así que la fórmula cuadrática da λ = (+tr ± √(tr² − 4·det)) / 2: el −b de la fórmula es +tr.",
            en="Your eigenvalues have the wrong sign: they are −λ. The polynomial is λ² − tr(A)·λ + det(A), "
            "so the quadratic formula gives λ = (+tr ± √(tr² − 4·det)) / 2: the formula's −b is +tr.",
        )
    if np.allclose(got, _roots(trace, det, sign_of_4det=+1.0)):
        return T(
            es="Usaste el discriminante tr² + 4·det: en la fórmula cuadrática es b² − 4ac, con a = 1 y c = det(A), "
            "así que va tr² − 4·det.",
            en="You used the discriminant tr² + 4·det: in the quadratic formula it is b² − 4ac, with a = 1 and "
            "c = det(A), so it is tr² − 4·det.",
        )
    wrong_det = A[0, 0] * A[1, 1] + A[0, 1] * A[1, 0]
    if not np.isclose(wrong_det, det) and np.allclose(got, _roots(trace, wrong_det)):
        return T(
            es="Tu determinante es ad + bc: para [[a, b], [c, d]] es ad − bc (diagonal principal menos la otra).",
            en="Your determinant is ad + bc: for [[a, b], [c, d]] it is ad − bc (main diagonal minus the other one).",
        )
    return None
