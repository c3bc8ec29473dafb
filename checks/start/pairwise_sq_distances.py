"""Checks for pairwise_sq_distances(A, B): a square hand case, iris 5 vs 7, and iris against itself."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def distances_and_negatives(D):
    """The table itself, and how many entries are negative (round-off the clipping must remove)."""
    D = np.asarray(D, dtype=float)
    return D, float((D < 0).sum())


def cases():
    iris = load_iris().data
    return [
        # D = [[2, 9, 0], [1, 4, 1], [2, 13, 4]]: square, and not symmetric, so a swapped axis shows.
        Case(
            T(
                es="a mano: A = [[0, 0], [1, 0], [0, 2]],  B = [[1, 1], [3, 0], [0, 0]]",
                en="by hand: A = [[0, 0], [1, 0], [0, 2]],  B = [[1, 1], [3, 0], [0, 0]]",
            ),
            (np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]]), np.array([[1.0, 1.0], [3.0, 0.0], [0.0, 0.0]])),
        ),
        Case(
            T(
                es="5 flores de iris contra otras 7 (4 medidas cada una): resultado de forma (5, 7)",
                en="5 iris flowers against 7 others (4 measurements each): a result of shape (5, 7)",
            ),
            (iris[0:150:30], iris[10:150:21]),
        ),
        # With ‖a‖² + ‖b‖² − 2a·b, 10 diagonal entries come out near −6e-14 before clipping.
        Case(
            T(
                es="las 150 flores contra sí mismas (A y B iguales): diagonal ≈ 0 y ninguna distancia negativa",
                en="the 150 flowers against themselves (A equal to B): diagonal ≈ 0 and no negative distance",
            ),
            (iris, iris),
            normalize=distances_and_negatives,
        ),
    ]


def diagnose(case, expected, got):
    A, B = (np.asarray(M, dtype=float) for M in case.args)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    transposed = T(
        es=f"Tu tabla está al revés: su fila i es el punto B[i], y debe ser A[i]. El resultado tiene forma "
        f"(len(A), len(B)) = {expected.shape} y D[i, j] es la distancia de A[i] a B[j].",
        en=f"Your table is the wrong way round: its row i is the point B[i], and it should be A[i]. The result "
        f"has shape (len(A), len(B)) = {expected.shape} and D[i, j] is the distance from A[i] to B[j].",
    )
    if got.shape == expected.shape[::-1] and got.shape != expected.shape and np.allclose(got.T, expected):
        return transposed
    if got.shape != expected.shape:
        return None
    if not np.allclose(expected, expected.T) and np.allclose(got, expected.T):
        return transposed
    if (got < 0).any() and np.allclose(np.maximum(got, 0.0), expected, rtol=1e-7, atol=1e-10):
        return T(
            es=f"Tu tabla tiene {int((got < 0).sum())} distancias negativas (la menor, {got.min():.2g}): "
            "con ‖a‖² + ‖b‖² − 2 a·b, el redondeo deja números diminutos por debajo de 0 donde la distancia es 0. "
            "Una distancia al cuadrado nunca es negativa: recorta con np.maximum(D, 0).",
            en=f"Your table has {int((got < 0).sum())} negative distances (the smallest, {got.min():.2g}): with "
            "‖a‖² + ‖b‖² − 2 a·b, round-off leaves tiny numbers below 0 where the distance is 0. A squared "
            "distance is never negative: clip with np.maximum(D, 0).",
        )
    if np.allclose(got**2, expected, rtol=1e-6, atol=1e-9) and not np.allclose(got, expected):
        return T(
            es="Tu tabla elevada al cuadrado da la esperada: devolviste las distancias, no sus cuadrados. Aquí "
            "se pide ‖a − b‖², sin la raíz (así se ahorra una raíz por par, y es lo que usan k-means y el kernel RBF).",
            en="Your table squared gives the expected one: you returned the distances, not their squares. This "
            "asks for ‖a − b‖², without the square root (it saves one root per pair, and it is what k-means and "
            "the RBF kernel use).",
        )
    sq_A, sq_B, cross = (A**2).sum(axis=1), (B**2).sum(axis=1), A @ B.T
    if np.allclose(got, sq_A[:, None] + sq_B[None, :] + 2 * cross, rtol=1e-6, atol=1e-9):
        return T(
            es="Sumaste 2 a·b cuando hay que restarlo: desarrolla ‖a − b‖² = (a − b)·(a − b) = a·a − 2 a·b + b·b.",
            en="You added 2 a·b where it must be subtracted: expand ‖a − b‖² = (a − b)·(a − b) = a·a − 2 a·b + b·b.",
        )
    if len(A) == len(B):
        wrong_axes = (
            sq_A[None, :] + sq_B[None, :],
            sq_A[None, :] + sq_B[:, None],
            sq_A[:, None] + sq_B[:, None],
        )
        for norms in wrong_axes:
            if np.allclose(got, norms - 2 * cross, rtol=1e-6, atol=1e-9) or np.allclose(
                got, np.maximum(norms - 2 * cross, 0.0), rtol=1e-6, atol=1e-9
            ):
                return T(
                    es="Sumaste las normas al cuadrado en el eje equivocado: ‖A[i]‖² tiene que cambiar de fila en "
                    "fila (forma (len(A), 1)) y ‖B[j]‖² de columna en columna (forma (1, len(B))). Con un "
                    "resultado cuadrado como este NumPy no da ningún error: el broadcasting encaja las formas "
                    "igual, pero alinea lo que no es.",
                    en="You added the squared norms along the wrong axis: ‖A[i]‖² must change from row to row "
                    "(shape (len(A), 1)) and ‖B[j]‖² from column to column (shape (1, len(B))). With a square "
                    "result like this one NumPy raises no error: broadcasting fits the shapes all the same, but "
                    "it lines up the wrong things.",
                )
    return None
