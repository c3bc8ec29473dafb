"""Checks for covariance_matrix(X): the (d, d) sample covariance (ddof=1) of the columns of X.

Rows are samples, columns are variables; a hand case, iris and wine (variances from 0.015 to
about 99 000: proline), and one variable alone (a 1 × 1 answer).
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris, load_wine


def cases():
    return [
        Case(
            T(
                es="a mano: X = [[0, 1], [2, 3], [4, 2]]  (3 muestras, 2 variables; medias (2, 2); da [[4, 1], [1, 1]])",
                en="by hand: X = [[0, 1], [2, 3], [4, 2]]  (3 samples, 2 variables; means (2, 2); gives [[4, 1], [1, 1]])",
            ),
            (np.array([[0.0, 1.0], [2.0, 3.0], [4.0, 2.0]]),),
        ),
        Case(
            T(es="datos reales: iris  (150 flores × 4 medidas)", en="real data: iris  (150 flowers × 4 measurements)"),
            (load_iris().data,),
        ),
        Case(
            T(
                es="datos reales: wine  (178 vinos × 13 variables, de escalas muy distintas)",
                en="real data: wine  (178 wines × 13 variables, of very different scales)",
            ),
            (load_wine().data,),
        ),
        Case(
            T(
                es="una sola variable: X = [[1], [2], [3], [4], [5]]  (da [[2.5]], la varianza)",
                en="a single variable: X = [[1], [2], [3], [4], [5]]  (gives [[2.5]], the variance)",
            ),
            (np.array([[1.0], [2.0], [3.0], [4.0], [5.0]]),),
        ),
    ]


def diagnose(case, expected, got):
    X = np.asarray(case.args[0], dtype=float)
    n, d = X.shape
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape == (n, n) and n != d:
        if np.allclose(got, np.cov(X), rtol=1e-6):
            return T(
                es=f"Tu matriz es de {n} × {n}: una fila y una columna por muestra. `np.cov(X)` toma cada *fila* "
                "como una variable; aquí las filas son muestras. Usa `np.cov(X, rowvar=False)`, o mejor, escribe "
                "la fórmula Xcᵀ Xc / (n − 1).",
                en=f"Your matrix is {n} × {n}: one row and column per sample. `np.cov(X)` takes each *row* as a "
                "variable; here rows are samples. Use `np.cov(X, rowvar=False)`, or better, write the formula "
                "Xcᵀ Xc / (n − 1).",
            )
        return T(
            es=f"Tu matriz es de {n} × {n}, una entrada por par de muestras: calculaste Xc Xcᵀ. La covarianza "
            f"compara variables, así que es de {d} × {d}: Xcᵀ Xc / (n − 1).",
            en=f"Your matrix is {n} × {n}, one entry per pair of samples: you computed Xc Xcᵀ. Covariance "
            f"compares variables, so it is {d} × {d}: Xcᵀ Xc / (n − 1).",
        )
    if got.shape != expected.shape:
        return None
    if np.allclose(got, X.T @ X / (n - 1), rtol=1e-6):
        return T(
            es="Tu resultado es Xᵀ X / (n − 1) sin centrar: falta restar a cada columna su media antes de "
            "multiplicar. Sin centrar, las entradas miden qué tan lejos del 0 están los datos, no cuánto "
            "varían: Xc = X − X.mean(axis=0).",
            en="Your result is Xᵀ X / (n − 1) without centring: subtract each column's mean before multiplying. "
            "Uncentred, the entries measure how far the data are from 0, not how much they vary: "
            "Xc = X − X.mean(axis=0).",
        )
    if np.allclose(got, expected * (n - 1) / n, rtol=1e-6):
        return T(
            es="Dividiste entre n (ddof=0, la covarianza de máxima verosimilitud); la covarianza muestral que "
            "se pide divide entre n − 1 (ddof=1, como `np.cov`). Tu resultado es el esperado por (n − 1)/n.",
            en="You divided by n (ddof=0, the maximum-likelihood covariance); the sample covariance asked for "
            "divides by n − 1 (ddof=1, as `np.cov` does). Your result is the expected one times (n − 1)/n.",
        )
    return None
