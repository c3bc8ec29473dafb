"""Checks for inverse(A): Gauss–Jordan with row swaps, an ill-conditioned matrix, a singular one."""

import numpy as np

from gradiente.course.checking import Case, Raised
from gradiente.course.i18n import T


def hilbert(n):
    """The n×n Hilbert matrix, H[i, j] = 1 / (i + j + 1): invertible, but very ill-conditioned."""
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1.0)


def cases():
    return [
        Case(
            T(
                es="A = [[4, 7, 2], [3, 6, 1], [2, 5, 3]] (det A = 9)",
                en="A = [[4, 7, 2], [3, 6, 1], [2, 5, 3]] (det A = 9)",
            ),
            (np.array([[4.0, 7.0, 2.0], [3.0, 6.0, 1.0], [2.0, 5.0, 3.0]]),),
        ),
        Case(
            T(
                es="A = [[0, 1, 2], [1, 0, 3], [4, −3, 8]]: el primer pivote es 0",
                en="A = [[0, 1, 2], [1, 0, 3], [4, −3, 8]]: the first pivot is 0",
            ),
            (np.array([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0], [4.0, -3.0, 8.0]]),),
        ),
        Case(T(es="una matriz 1×1: [[4]]", en="a 1×1 matrix: [[4]]"), (np.array([[4.0]]),)),
        # κ(H₆) ≈ 1.5·10⁷: two correct programs may disagree in the last ~7 of their 16 digits.
        Case(
            T(
                es="la matriz de Hilbert 6×6 (κ ≈ 1.5·10⁷: se compara con tolerancia relativa 10⁻⁶)",
                en="the 6×6 Hilbert matrix (κ ≈ 1.5·10⁷: compared with relative tolerance 10⁻⁶)",
            ),
            (hilbert(6),),
            rtol=1e-6,
        ),
        Case(
            T(
                es="singular: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] (la fila 3 es 2·fila 2 − fila 1), lanza ValueError",
                en="singular: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] (row 3 is 2·row 2 − row 1), raise ValueError",
            ),
            (np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]),),
            raises=ValueError,
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the transpose, the adjugate not divided by det, 1/A entry by entry, and a zero pivot."""
    if case.raises:
        if isinstance(got, Raised):
            return T(
                es=f"Con una matriz singular tu función lanzó {got.type_name} en vez de ValueError. No dejes que "
                "falle una división: cuando el mejor pivote no supera la tolerancia, lanza tú el error, con "
                '`raise ValueError("A es singular: ...")`.',
                en=f"On a singular matrix your function raised {got.type_name} instead of ValueError. Do not let a "
                "division fail: when the best pivot does not beat the tolerance, raise the error yourself, with "
                '`raise ValueError("A is singular: ...")`.',
            )
        return T(
            es="Esta matriz es singular, pero tu función devolvió un resultado. Con punto flotante su último "
            "pivote sale del orden de 10⁻¹⁶, no exactamente 0: compara |pivote| con la tolerancia "
            "1e-12 · max|aᵢⱼ| y, si no la supera, lanza ValueError.",
            en="This matrix is singular, but your function returned a result. In floating point its last pivot "
            "comes out around 10⁻¹⁶, not exactly 0: compare |pivot| with the tolerance 1e-12 · max|aᵢⱼ| and, "
            "if it does not beat it, raise ValueError.",
        )
    (A,) = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None

    def matches(candidate):
        return np.allclose(got, candidate, rtol=1e-6, atol=1e-9) and not np.allclose(candidate, expected, rtol=1e-6)

    with np.errstate(divide="ignore"):
        reciprocal = 1.0 / A
    if matches(reciprocal):
        return T(
            es="Calculaste 1/A entrada por entrada. La inversa no es eso: es la matriz que deshace A, la que "
            "cumple A @ inverse(A) = I. Compruébalo: multiplica A por tu resultado y mira si sale la identidad.",
            en="You computed 1/A entry by entry. That is not the inverse: the inverse is the matrix that undoes A, "
            "the one with A @ inverse(A) = I. Check it: multiply A by your result and see whether you get I.",
        )
    if matches(expected.T):
        return T(
            es="Tu resultado es la transpuesta de la inversa: sus filas son las columnas esperadas. Si armaste "
            "la inversa columna por columna, ¿guardaste cada solución como fila? La mitad derecha de [I | A⁻¹] "
            "ya es A⁻¹, sin transponer.",
            en="Your result is the transpose of the inverse: its rows are the expected columns. If you built the "
            "inverse column by column, did you store each solution as a row? The right half of [I | A⁻¹] is "
            "already A⁻¹, with no transpose.",
        )
    determinant = float(np.linalg.det(A))
    if not np.isclose(abs(determinant), 1.0) and matches(determinant * expected):
        return T(
            es=f"Tu resultado es det(A) · A⁻¹ (aquí det A = {determinant:.6g}): la matriz adjunta, sin dividir "
            "entre el determinante. En la fórmula A⁻¹ = adj(A) / det(A) falta la división.",
            en=f"Your result is det(A) · A⁻¹ (here det A = {determinant:.6g}): the adjugate, not divided by the "
            "determinant. In the formula A⁻¹ = adj(A) / det(A) the division is missing.",
        )
    if not np.isfinite(got).all():
        return T(
            es="Tu resultado tiene NaN o infinito: dividiste entre un pivote cero. Antes de usar la fila k como "
            "pivote, busca en la columna k (de la fila k hacia abajo) la entrada de mayor valor absoluto e "
            "intercambia las filas completas de [A | I].",
            en="Your result has NaN or infinity: you divided by a zero pivot. Before using row k as the pivot, "
            "look down column k (from row k on) for the entry of largest absolute value and swap the whole "
            "rows of [A | I].",
        )
    return None
