"""Checks for standardize(X): column-wise z-scores with ddof=0, on a hand case, wine and digits."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_wine


def cases():
    return [
        # Column 0: μ = 2, σ = √(2/3), so z = (−√1.5, 0, √1.5). Column 1: μ = 20, σ = √200, z = (−1/√2, −1/√2, √2).
        Case(
            T(
                es="a mano: X = [[1, 10], [2, 10], [3, 40]]  (3 muestras, 2 variables)",
                en="by hand: X = [[1, 10], [2, 10], [3, 40]]  (3 samples, 2 features)",
            ),
            (np.array([[1.0, 10.0], [2.0, 10.0], [3.0, 40.0]]),),
        ),
        # σ goes from 0.124 (nonflavanoid phenols) to 314 (proline): a slip in the axis shows at once.
        Case(
            T(
                es="vinos: X de forma (178, 13), con desviaciones entre 0.12 y 314",
                en="wine: X of shape (178, 13), with standard deviations from 0.12 to 314",
            ),
            (load_wine().data,),
        ),
        # Pixels 0, 32 and 39 are 0 in all 1797 images: σ = 0 there.
        Case(
            T(
                es="dígitos: X de forma (1797, 64), con 3 columnas constantes (píxeles 0, 32 y 39)",
                en="digits: X of shape (1797, 64), with 3 constant columns (pixels 0, 32 and 39)",
            ),
            (load_digits().data,),
        ),
        Case(
            T(
                es="caso límite: una sola muestra, X = [[5, 7, 9]]  (toda columna es constante)",
                en="edge case: a single sample, X = [[5, 7, 9]]  (every column is constant)",
            ),
            (np.array([[5.0, 7.0, 9.0]]),),
        ),
    ]


def _columns(indices) -> str:
    names = [str(int(i)) for i in indices]
    return ", ".join(names)


def diagnose(case, expected, got):
    (X,) = case.args
    X = np.asarray(X, dtype=float)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None
    n = len(X)
    broken = ~np.isfinite(got).all(axis=0)
    if broken.any():
        constant = np.flatnonzero(X.std(axis=0) == 0)
        if set(np.flatnonzero(broken)) <= set(constant):
            where = _columns(np.flatnonzero(broken))
            return T(
                es=f"Tu resultado tiene NaN en las columnas {where}: en estos datos esas columnas son constantes, su "
                "desviación es σ = 0 y (x − μ)/σ queda 0/0. Una columna constante ya es 0 al restarle su media: "
                "¿entre qué número puedes dividirla para que siga siendo 0?",
                en=f"Your result has NaN in columns {where}: in this data those columns are constant, their standard "
                "deviation is σ = 0 and (x − μ)/σ becomes 0/0. A constant column is already 0 once its mean is "
                "subtracted: what can you divide it by so that it stays 0?",
            )
        return None
    if n > 1 and np.allclose(got, expected * np.sqrt((n - 1) / n), rtol=1e-6, atol=1e-9):
        return T(
            es=f"Tu resultado es el esperado por √((n − 1)/n) = {np.sqrt((n - 1) / n):.4f}: dividiste entre la "
            "desviación muestral (ddof=1, la que usa pandas por defecto). Aquí se pide la poblacional, ddof=0: la "
            "de X.std(axis=0) sin más argumentos, que es también la de StandardScaler.",
            en=f"Your result is the expected one times √((n − 1)/n) = {np.sqrt((n - 1) / n):.4f}: you divided by "
            "the sample standard deviation (ddof=1, pandas' default). This exercise asks for the population one, "
            "ddof=0: what X.std(axis=0) gives with no other argument, and what StandardScaler uses.",
        )
    rows_centred = np.allclose(got.mean(axis=1), 0.0, atol=1e-8)
    if got.shape[1] > 1 and rows_centred and not np.allclose(expected.mean(axis=1), 0.0, atol=1e-8):
        return T(
            es="Tu resultado tiene media 0 en cada fila, y lo que debe tener media 0 son las columnas: "
            "estandarizaste las filas (axis=1). Una fila es una muestra y una columna es una variable; la media de "
            "cada variable se calcula bajando por las filas, con axis=0.",
            en="Your result has mean 0 in every row, when it is the columns that should have mean 0: you "
            "standardised the rows (axis=1). A row is a sample and a column is a feature; the mean of each "
            "feature runs down the rows, with axis=0.",
        )
    if abs(got.mean()) < 1e-8 and not np.allclose(got.mean(axis=0), 0.0, atol=1e-8):
        return T(
            es="Tu resultado tiene media 0 en total, pero no en cada columna: usaste una sola media y una sola "
            "desviación para todo X. Cada variable tiene su escala (en los vinos, de 0.12 a 314), así que cada "
            "columna necesita su propia μ_j y su propia σ_j.",
            en="Your result has mean 0 overall, but not in each column: you used a single mean and a single "
            "standard deviation for the whole of X. Each feature has its own scale (in wine, from 0.12 to 314), "
            "so each column needs its own μ_j and its own σ_j.",
        )
    return None
