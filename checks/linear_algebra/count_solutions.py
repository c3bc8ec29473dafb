"""Checks for count_solutions(A, b, tol=1e-10): 0, 1 or math.inf solutions (Rouché–Capelli)."""

import math

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def _system(A, b):
    return (np.array(A, dtype=float), np.array(b, dtype=float))


def cases():
    return [
        Case(
            T(
                es="2×2 con una solución: x + y = 3, x − y = 1",
                en="2×2 with one solution: x + y = 3, x − y = 1",
            ),
            _system([[1, 1], [1, -1]], [3, 1]),
        ),
        Case(
            T(
                es="2×2 sin solución (rectas paralelas): x + 2y = 3, 2x + 4y = 5",
                en="2×2 with no solution (parallel lines): x + 2y = 3, 2x + 4y = 5",
            ),
            _system([[1, 2], [2, 4]], [3, 5]),
        ),
        Case(
            T(
                es="2×2 con infinitas (la misma recta dos veces): x + 2y = 3, 2x + 4y = 6",
                en="2×2 with infinitely many (the same line twice): x + 2y = 3, 2x + 4y = 6",
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
                es="3 ecuaciones, 4 incógnitas, de rango 2 (fila 3 = fila 1 + fila 2)",
                en="3 equations, 4 unknowns, of rank 2 (row 3 = row 1 + row 2)",
            ),
            _system([[1, 2, 0, 1], [0, 0, 1, 1], [1, 2, 1, 2]], [1, 2, 3]),
        ),
        # 0.1, 0.2, 0.3, 0.6 are not exact in binary: elimination leaves ≈ 3·10⁻¹⁷ where exact arithmetic gives 0.
        Case(
            T(
                es="paralelas en decimal: 0.1x + 0.2y = 0.3, 0.3x + 0.6y = 0.9",
                en="parallel in decimal: 0.1x + 0.2y = 0.3, 0.3x + 0.6y = 0.9",
            ),
            _system([[0.1, 0.2], [0.3, 0.6]], [0.3, 0.9]),
        ),
        Case(
            T(
                es="casi paralelas, pero se cortan: x + y = 2, x + 1.001y = 2.001",
                en="nearly parallel, but they cross: x + y = 2, x + 1.001y = 2.001",
            ),
            _system([[1, 1], [1, 1.001]], [2, 2.001]),
        ),
    ]


def _rank(M, tol, exact_zero=False):
    """Pivots of the RREF; with exact_zero, only an exact 0 counts as zero."""
    R = np.array(M, dtype=float)
    n_rows, n_columns = R.shape
    row = 0
    for column in range(n_columns):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if (R[best, column] == 0.0) if exact_zero else (abs(R[best, column]) < tol):
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        row += 1
    return row


def _count(A, b, tol, exact_zero=False):
    rank_A = _rank(A, tol, exact_zero)
    rank_augmented = _rank(np.column_stack([A, b]), tol, exact_zero)
    return 0 if rank_augmented > rank_A else 1 if rank_A == A.shape[1] else math.inf


def diagnose(case, expected, got):
    A, b = case.args
    tol = case.kwargs.get("tol", 1e-10)
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if got not in (0.0, 1.0, math.inf):
        return T(
            es=f"Devolviste {got:g}. Solo hay tres respuestas posibles: 0, 1 o math.inf (infinitas).",
            en=f"You returned {got:g}. There are only three possible answers: 0, 1 or math.inf (infinitely many).",
        )
    if expected != got and got == _count(A, b, tol, exact_zero=True):
        return T(
            es=f"En binario estos números no son exactos, y la eliminación deja restos de redondeo diminutos donde "
            f"debería haber un 0; tú los contaste como pivotes. Compara con la tolerancia: |a| < tol = {tol:g} "
            "cuenta como 0.",
            en=f"In binary these numbers are not exact, and elimination leaves tiny round-off leftovers where there "
            f"should be a 0; you counted them as pivots. Compare with the tolerance: |a| < tol = {tol:g} counts "
            "as 0.",
        )
    if expected == 0 and got == math.inf:
        return T(
            es="Este sistema no tiene solución: al eliminar queda una fila 0 = c con c ≠ 0, así que rank [A | b] > "
            "rank A. Comparar rank A con n solo dice si la solución, cuando existe, es única; antes compara rank A "
            "con rank [A | b].",
            en="This system has no solution: elimination leaves a row 0 = c with c ≠ 0, so rank [A | b] > rank A. "
            "Comparing rank A with n only tells whether a solution, when there is one, is unique; first compare "
            "rank A with rank [A | b].",
        )
    if expected == math.inf and got == 0:
        same_line = A.shape == (2, 2)
        return T(
            es="Este sistema tiene infinitas soluciones"
            + (": sus dos ecuaciones son la misma recta. " if same_line else ". ")
            + "Que det A = 0 (o rank A < n) solo dice que no hay exactamente una; para distinguir “ninguna” de "
            "“infinitas” compara rank A con rank [A | b]. Además, det solo existe para A cuadrada.",
            en="This system has infinitely many solutions"
            + (": its two equations are the same line. " if same_line else ". ")
            + "det A = 0 (or rank A < n) only says there is not exactly one; to tell “none” from “infinitely "
            "many”, compare rank A with rank [A | b]. Besides, det exists only for a square A.",
        )
    return None
