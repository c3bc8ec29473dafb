"""Checks for rank(A, tol=1e-10): the number of pivots, on a hand case and on three real data sets."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_iris, load_wine


def _wine_with_a_sum_column():
    X = load_wine().data
    return np.column_stack([X, X[:, 0] + X[:, 1]])  # alcohol + malic acid: a 14th column with nothing new


def cases():
    return [
        Case(
            T(
                es="3×4 a mano: [[1, 2, 1, 0], [1, 2, 0, 2], [2, 4, 1, 2]] (fila 3 = fila 1 + fila 2)",
                en="3×4 by hand: [[1, 2, 1, 0], [1, 2, 0, 2], [2, 4, 1, 2]] (row 3 = row 1 + row 2)",
            ),
            (np.array([[1.0, 2.0, 1.0, 0.0], [1.0, 2.0, 0.0, 2.0], [2.0, 4.0, 1.0, 2.0]]),),
        ),
        Case(
            T(es="iris: X de 150×4", en="iris: X of shape 150×4"),
            (load_iris().data,),
        ),
        Case(
            T(
                es="digits: X de 1797×64, con 3 píxeles que valen siempre 0",
                en="digits: X of shape 1797×64, with 3 pixels that are always 0",
            ),
            (load_digits().data,),
        ),
        Case(
            T(
                es="wine con una columna 14 = alcohol + ácido málico (178×14)",
                en="wine with a 14th column = alcohol + malic acid (178×14)",
            ),
            (_wine_with_a_sum_column(),),
        ),
        Case(
            T(es="la matriz cero de 2×3", en="the 2×3 zero matrix"),
            (np.zeros((2, 3)),),
        ),
    ]


def _rank(M, tol, exact_zero=False):
    """The reference's count of pivots, or (exact_zero) the count when only an exact 0 counts as zero."""
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


def diagnose(case, expected, got):
    (A,) = case.args
    A = np.asarray(A, dtype=float)
    n_rows, n_columns = A.shape
    tol = case.kwargs.get("tol", 1e-10)
    try:
        got = int(got)
    except (TypeError, ValueError):
        return None
    if got > expected and got == _rank(A, tol, exact_zero=True):
        return T(
            es=f"Contaste {got} pivotes y son {expected}: tomaste como pivotes restos de redondeo (del orden de "
            f"10⁻¹⁴) que deberían contar como 0. Compara |a| < tol = {tol:g}, no a == 0; y una tolerancia "
            "demasiado estricta, como 10⁻¹⁶, tampoco sirve.",
            en=f"You counted {got} pivots where there are {expected}: you took round-off leftovers (about 10⁻¹⁴) "
            f"as pivots when they should count as 0. Compare |a| < tol = {tol:g}, not a == 0; a tolerance that "
            "is too strict, like 10⁻¹⁶, fails too.",
        )
    if got == n_columns and n_columns != expected:
        return T(
            es=f"Devolviste {got}, el número de columnas de A. El rango es cuántas columnas tienen pivote: las "
            "columnas que son combinación de otras no lo tienen. Cuenta los pivotes de tu forma escalonada reducida.",
            en=f"You returned {got}, the number of columns of A. The rank is how many columns have a pivot: "
            "columns that are combinations of others have none. Count the pivots of your reduced row-echelon form.",
        )
    if got == int(np.count_nonzero(np.any(A != 0.0, axis=1))) and got != expected:
        return T(
            es=f"Devolviste {got}: las filas de A que no son cero. Pero una fila puede ser combinación de otras "
            "sin ser cero; eso solo se ve después de eliminar. Cuenta las filas no nulas de la forma escalonada "
            "reducida de A, no las de A.",
            en=f"You returned {got}: the rows of A that are not zero. But a row can be a combination of others "
            "without being zero; that only shows after elimination. Count the non-zero rows of the reduced "
            "row-echelon form of A, not those of A.",
        )
    return None
