"""Checks for rref(M, tol=1e-12): the reduced row-echelon form, with partial pivoting and a zero tolerance.

RREF is unique, so it can be compared entry by entry (a mere row-echelon form could not).
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def _rank_two_rows():
    first = np.array([1.0, 2.0, 0.0, 1.0, 3.0, 1.0])
    second = np.array([0.0, 0.0, 1.0, 2.0, 1.0, 1.0])
    return np.array([first, second, first + second, 2 * first - second])


def cases():
    return [
        # The lesson's mixing problem: three bags, x = (1, 2, 3).
        Case(
            T(
                es="[A | b] de 3×4 con una sola solución: [[2, 1, 1, 7], [4, 3, 3, 19], [8, 7, 9, 49]]",
                en="3×4 [A | b] with exactly one solution: [[2, 1, 1, 7], [4, 3, 3, 19], [8, 7, 9, 49]]",
            ),
            (np.array([[2.0, 1.0, 1.0, 7.0], [4.0, 3.0, 3.0, 19.0], [8.0, 7.0, 9.0, 49.0]]),),
        ),
        Case(
            T(
                es="3×3 singular que empieza con un pivote 0: [[0, 1, 2], [1, 2, 3], [2, 3, 4]]",
                en="singular 3×3 that starts with a 0 pivot: [[0, 1, 2], [1, 2, 3], [2, 3, 4]]",
            ),
            (np.array([[0.0, 1.0, 2.0], [1.0, 2.0, 3.0], [2.0, 3.0, 4.0]]),),
        ),
        Case(
            T(
                es="4×6 de rango 2: las filas 3 y 4 son combinaciones de las dos primeras",
                en="4×6 of rank 2: rows 3 and 4 are combinations of the first two",
            ),
            (_rank_two_rows(),),
        ),
        # 1 + 1e-13 is stored as 1.0000000000000999: elimination leaves ≈ 1e-13 < tol, which is round-off.
        Case(
            T(
                es="casi singular: [[1, 1], [1, 1 + 10⁻¹³]] con tol = 10⁻¹²",
                en="nearly singular: [[1, 1], [1, 1 + 10⁻¹³]] with tol = 10⁻¹²",
            ),
            (np.array([[1.0, 1.0], [1.0, 1.0 + 1e-13]]),),
        ),
        Case(
            T(
                es="la primera columna es toda cero: [[0, 1, 2], [0, 2, 5]]",
                en="the first column is all zeros: [[0, 1, 2], [0, 2, 5]]",
            ),
            (np.array([[0.0, 1.0, 2.0], [0.0, 2.0, 5.0]]),),
        ),
        Case(
            T(
                es="entrada de enteros: np.array([[2, 1, 3], [4, 3, 5]])",
                en="integer input: np.array([[2, 1, 3], [4, 3, 5]])",
            ),
            (np.array([[2, 1, 3], [4, 3, 5]]),),
        ),
    ]


def _eliminate(M, tol, exact_zero=False):
    """The reference's elimination, or (exact_zero) the one that only treats an exact 0 as zero."""
    R = np.array(M, dtype=float)
    n_rows, n_columns = R.shape
    row = 0
    for column in range(n_columns):
        if row == n_rows:
            break
        best = row + int(np.argmax(np.abs(R[row:, column])))
        if (R[best, column] == 0.0) if exact_zero else (abs(R[best, column]) < tol):
            if not exact_zero:
                R[row:, column] = 0.0
            continue
        R[[row, best]] = R[[best, row]]
        R[row] = R[row] / R[row, column]
        for other in range(n_rows):
            if other != row:
                R[other] = R[other] - R[other, column] * R[row]
        row += 1
    if not exact_zero:
        R[np.abs(R) < tol] = 0.0
    return R


def _leading(row, tol):
    """Index of the first entry with |entry| ≥ tol, or None for a zero row."""
    found = np.flatnonzero(np.abs(row) >= tol)
    return int(found[0]) if found.size else None


def diagnose(case, expected, got):
    (M,) = case.args
    tol = case.kwargs.get("tol", 1e-12)
    if np.asarray(got).dtype.kind in "biu" and np.asarray(M).dtype.kind in "biu":
        return T(
            es="Tu matriz es de enteros, como la entrada: al dividir una fila entre su pivote, los resultados se "
            "truncaron al guardarlos (1/3 se vuelve 0). Trabaja sobre una copia en reales: "
            "R = np.array(M, dtype=float).",
            en="Your matrix holds integers, like the input: when you divided a row by its pivot, the results were "
            "truncated as they were stored (1/3 becomes 0). Work on a copy in floats: R = np.array(M, dtype=float).",
        )
    got = np.asarray(got, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        return None
    if not np.isfinite(got).all():
        return T(
            es="Tu matriz tiene NaN o infinito: dividiste entre un pivote 0. Cuando la entrada de la diagonal es 0 "
            "(o menor que tol), intercambia filas: busca más abajo, en esa columna, la fila con la entrada de mayor "
            "valor absoluto y súbela (pivoteo parcial). Si toda la columna es 0, no hay pivote ahí: pasa a la "
            "siguiente columna sin avanzar de fila.",
            en="Your matrix has NaN or infinity: you divided by a 0 pivot. When the diagonal entry is 0 (or below "
            "tol), swap rows: look further down that column for the row whose entry is largest in absolute value "
            "and bring it up (partial pivoting). If the whole column is 0, it has no pivot: move on to the next "
            "column without moving to the next row.",
        )
    exact = _eliminate(M, tol, exact_zero=True)
    if np.isfinite(exact).all() and np.allclose(got, exact, rtol=1e-6, atol=1e-9):
        return T(
            es=f"Con esta entrada la eliminación deja restos diminutos (del orden de 10⁻¹³) que son redondeo, no "
            f"información, y tú los tomaste como pivotes: usa la tolerancia. Una entrada con |a| < tol = {tol:g} "
            "cuenta como 0, tanto al buscar el pivote como al final.",
            en=f"On this input elimination leaves tiny leftovers (about 10⁻¹³) that are round-off, not information, "
            f"and you used them as pivots: use the tolerance. An entry with |a| < tol = {tol:g} counts as 0, both "
            "when you look for a pivot and at the end.",
        )
    leads = [_leading(row, tol) for row in got]
    rescaled = np.array([row / row[lead] if lead is not None else row for row, lead in zip(got, leads)])
    if np.allclose(rescaled, expected, rtol=1e-6, atol=1e-9):
        return T(
            es="Casi: cada fila tuya es proporcional a la esperada, pero tus pivotes no valen 1. En la forma "
            "escalonada reducida cada pivote es 1: divide la fila del pivote entre el pivote antes de usarla para "
            "anular la columna.",
            en="Almost: each of your rows is proportional to the expected one, but your pivots are not 1. In "
            "reduced row-echelon form every pivot is 1: divide the pivot row by the pivot before you use it to "
            "clear the column.",
        )
    nonzero = [lead for lead in leads if lead is not None]
    staircase = nonzero == sorted(set(nonzero)) and all(lead is None for lead in leads[len(nonzero) :])
    if staircase and np.allclose(_eliminate(got, tol), expected, rtol=1e-6, atol=1e-9):
        above = any(np.abs(got[:row, lead]).max(initial=0.0) >= tol for row, lead in enumerate(nonzero))
        if above:
            return T(
                es="Lo tuyo es una forma escalonada (REF): hay ceros debajo de cada pivote, pero no encima. La forma "
                "reducida pide ceros también arriba del pivote: resta el múltiplo adecuado de la fila del pivote a "
                "todas las demás filas, las de arriba incluidas.",
                en="What you have is a row-echelon form (REF): zeros below each pivot, but not above it. The reduced "
                "form also needs zeros above the pivot: subtract the right multiple of the pivot row from every "
                "other row, the ones above included.",
            )
    return None
