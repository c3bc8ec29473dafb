"""Checks for particular_solution(A, b, tol=1e-10): the solution with every free variable 0, or ValueError."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def _system(A, b):
    return (np.array(A, dtype=float), np.array(b, dtype=float))


def _parabola_through_three_patients():
    """c₀ + c₁·x + c₂·x² = y through the first three patients' (BMI, progression) points."""
    diabetes = load_diabetes(scaled=False)
    bmi = diabetes.data[:3, diabetes.feature_names.index("bmi")]
    return (np.column_stack([np.ones(3), bmi, bmi**2]), diabetes.target[:3].copy())


def cases():
    return [
        Case(
            T(es="una solución: x + y = 3, x − y = 1", en="one solution: x + y = 3, x − y = 1"),
            _system([[1, 1], [1, -1]], [3, 1]),
        ),
        Case(
            T(
                es="infinitas: x + 2y = 3, 2x + 4y = 6 (y es libre)",
                en="infinitely many: x + 2y = 3, 2x + 4y = 6 (y is free)",
            ),
            _system([[1, 2], [2, 4]], [3, 6]),
        ),
        Case(
            T(
                es="3 ecuaciones, 2 incógnitas, compatible: x + y = 3, x − y = 1, 2x + y = 5",
                en="3 equations, 2 unknowns, consistent: x + y = 3, x − y = 1, 2x + y = 5",
            ),
            _system([[1, 1], [1, -1], [2, 1]], [3, 1, 5]),
        ),
        Case(
            T(
                es="3 ecuaciones, 4 incógnitas, de rango 2: x₂ y x₄ son libres",
                en="3 equations, 4 unknowns, of rank 2: x₂ and x₄ are free",
            ),
            _system([[1, 2, 0, 1], [0, 0, 1, 1], [1, 2, 1, 2]], [1, 2, 3]),
        ),
        Case(
            T(
                es="diabetes: la parábola c₀ + c₁·IMC + c₂·IMC² que pasa por los 3 primeros pacientes",
                en="diabetes: the parabola c₀ + c₁·BMI + c₂·BMI² through the first 3 patients",
            ),
            _parabola_through_three_patients(),
            rtol=1e-6,
        ),
        Case(
            T(
                es="sin solución: x + 2y = 3, 2x + 4y = 5 (debe lanzar ValueError)",
                en="no solution: x + 2y = 3, 2x + 4y = 5 (must raise ValueError)",
            ),
            _system([[1, 2], [2, 4]], [3, 5]),
            raises=ValueError,
        ),
    ]


def _reduce(A, b, tol):
    """RREF of [A | b] and its pivot columns (the reference's elimination)."""
    n_rows, n = A.shape
    R = np.column_stack([np.asarray(A, dtype=float), np.asarray(b, dtype=float)])
    pivots, row = [], 0
    for column in range(n + 1):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if abs(R[best, column]) < tol:
            R[row:, column] = 0.0
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        pivots.append(column)
        row += 1
    return R, pivots


def diagnose(case, expected, got):
    A, b = case.args
    tol = case.kwargs.get("tol", 1e-10)
    n = A.shape[1]
    if case.raises:
        if isinstance(got, np.ndarray) or np.ndim(got) > 0:
            return T(
                es="Este sistema no tiene solución: al reducir [A | b] queda la fila [0 0 | 1], que dice 0 = 1 "
                "(rank [A | b] > rank A). Lo que devolviste no cumple A x = b, y ningún vector la cumple. Si hay un "
                "pivote en la columna de b, lanza ValueError con un mensaje que lo diga.",
                en="This system has no solution: reducing [A | b] leaves the row [0 0 | 1], which says 0 = 1 "
                "(rank [A | b] > rank A). What you returned does not satisfy A x = b, and no vector does. When "
                "there is a pivot in b's column, raise ValueError with a message that says so.",
            )
        return None
    got = np.asarray(got, dtype=float)
    if got.shape != (n,) or not np.isfinite(got).all():
        return None
    solves = np.allclose(A @ got, b, rtol=1e-6, atol=1e-8)
    if solves and np.allclose(got, np.linalg.pinv(A) @ b, rtol=1e-6, atol=1e-8):
        return T(
            es="Tu x sí resuelve A x = b, pero es la solución de norma mínima (la de mínimos cuadrados, "
            "np.linalg.lstsq o pinv), no la pedida. Cuando hay infinitas, el ejercicio pide la que tiene cada "
            "variable libre en 0: léela de la forma escalonada reducida de [A | b].",
            en="Your x does solve A x = b, but it is the minimum-norm solution (the least-squares one, "
            "np.linalg.lstsq or pinv), not the one asked for. When there are infinitely many, the exercise wants "
            "the one with every free variable 0: read it off the reduced row-echelon form of [A | b].",
        )
    R, pivots = _reduce(A, b, tol)
    free = [column for column in range(n) if column not in pivots]
    if free:
        ones = np.zeros(n)
        ones[free] = 1.0
        ones[pivots] = R[: len(pivots), n] - R[: len(pivots)][:, free].sum(axis=1)
        if np.allclose(got, ones, rtol=1e-6, atol=1e-8):
            return T(
                es="Tu x resuelve A x = b, pero con las variables libres en 1. La solución particular que se pide "
                "tiene todas las variables libres en 0: entonces cada variable pivote es simplemente la última "
                "entrada de su fila en la forma reducida.",
                en="Your x solves A x = b, but with the free variables set to 1. The particular solution asked for "
                "has every free variable 0: then each pivot variable is just the last entry of its row in the "
                "reduced form.",
            )
    return None
