"""Checks for det(A): elimination with partial pivoting, swaps counted, singular and large inputs."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    rng = np.random.default_rng(14)
    return [
        Case(
            T(
                es="A = [[0, 2, 1], [3, 1, 1], [1, 0, 2]]: el primer pivote es 0, hace falta un intercambio",
                en="A = [[0, 2, 1], [3, 1, 1], [1, 0, 2]]: the first pivot is 0, one swap is needed",
            ),
            (np.array([[0.0, 2.0, 1.0], [3.0, 1.0, 1.0], [1.0, 0.0, 2.0]]),),
        ),
        Case(
            T(es="una matriz 1×1: det [[−3]] = −3", en="a 1×1 matrix: det [[−3]] = −3"),
            (np.array([[-3.0]]),),
        ),
        Case(
            T(
                es="una 4×4 de enteros que pide dos intercambios",
                en="a 4×4 matrix of integers that takes two swaps",
            ),
            (np.array([[0.0, -2.0, -2.0, 3.0], [-3.0, 2.0, 1.0, 0.0], [2.0, 2.0, 0.0, 1.0], [2.0, 1.0, 0.0, 3.0]]),),
        ),
        Case(
            T(
                es="una 5×5 singular: la fila 4 es la suma de las filas 1 y 2 (det = 0, salvo redondeo)",
                en="a singular 5×5: row 4 is the sum of rows 1 and 2 (det = 0, up to rounding)",
            ),
            (
                np.array(
                    [
                        [2.0, 1.0, 0.0, 3.0, 1.0],
                        [1.0, 3.0, 2.0, 0.0, 1.0],
                        [0.0, 1.0, 4.0, 1.0, 2.0],
                        [3.0, 4.0, 2.0, 3.0, 2.0],
                        [1.0, 0.0, 1.0, 2.0, 5.0],
                    ]
                ),
            ),
            atol=1e-9,
        ),
        # 12! = 479 001 600 products: a cofactor expansion cannot finish within the time limit.
        Case(
            T(
                es="una 12×12 aleatoria: con la expansión por cofactores serían 12! ≈ 4.8·10⁸ productos, usa eliminación",
                en="a random 12×12: a cofactor expansion would take 12! ≈ 4.8·10⁸ products, use elimination",
            ),
            (rng.normal(size=(12, 12)),),
        ),
    ]


def _product_of_diagonal(A):
    return float(np.prod(np.diag(A)))


def diagnose(case, expected, got):
    """Recognise the forgotten swap sign, normalised pivot rows, a zero pivot, and the diagonal of A itself."""
    (A,) = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if not np.isfinite(got):
        return T(
            es="Tu resultado es NaN o infinito: dividiste entre un pivote cero. Cuando A[k, k] es 0 (o muy "
            "pequeño), antes de eliminar busca en la columna k, de la fila k hacia abajo, la entrada de mayor "
            "valor absoluto e intercambia esa fila con la k (pivoteo parcial).",
            en="Your result is NaN or infinite: you divided by a zero pivot. When A[k, k] is 0 (or tiny), "
            "before eliminating look down column k, from row k on, for the entry of largest absolute value and "
            "swap that row with row k (partial pivoting).",
        )
    if abs(expected) > 1e-9 and np.isclose(got, -expected, rtol=1e-7):
        return T(
            es="Tu resultado tiene el signo cambiado: cada intercambio de filas cambia el signo del "
            "determinante (invierte la orientación). Lleva la cuenta: multiplica por −1 en cada intercambio.",
            en="Your result has the wrong sign: every row swap flips the sign of the determinant (it reverses "
            "the orientation). Keep count: multiply by −1 at every swap.",
        )
    if not np.isclose(abs(expected), 1.0) and np.isclose(abs(got), 1.0):
        return T(
            es="Tu resultado vale ±1: dividiste las filas entre su pivote, y eso divide el determinante entre "
            "ese pivote. Para el determinante no normalices: resta múltiplos de la fila pivote y multiplica los "
            "pivotes al final (o guarda los factores que dividiste y multiplícalos de vuelta).",
            en="Your result is ±1: you divided rows by their pivot, and that divides the determinant by that "
            "pivot. For the determinant do not normalise: subtract multiples of the pivot row and multiply the "
            "pivots at the end (or keep the factors you divided by and multiply them back).",
        )
    if np.isclose(got, _product_of_diagonal(A)) and not np.isclose(got, expected):
        return T(
            es="Multiplicaste la diagonal de A tal como llega. Eso es el determinante solo si A ya es "
            "triangular: primero elimina (resta múltiplos de filas) hasta dejarla triangular y multiplica "
            "entonces los pivotes.",
            en="You multiplied the diagonal of A as it comes. That is the determinant only when A is already "
            "triangular: first eliminate (subtract multiples of rows) until it is triangular, then multiply "
            "the pivots.",
        )
    return None
