"""Checks for correlation_matrix(X): a 3 × 2 hand case, iris, wine, and columns that are exact affine functions."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris, load_wine


def cases():
    x = np.arange(5.0)
    return [
        Case(
            T(
                es="a mano: X = [[1, 2], [2, 6], [3, 4]], varianzas 1 y 4, covarianza 1, así que ρ = 0.5",
                en="by hand: X = [[1, 2], [2, 6], [3, 4]], variances 1 and 4, covariance 1, so ρ = 0.5",
            ),
            (np.array([[1.0, 2.0], [2.0, 6.0], [3.0, 4.0]]),),
        ),
        Case(
            T(es="iris: 150 flores, 4 medidas en cm", en="iris: 150 flowers, 4 measurements in cm"),
            (load_iris().data,),
        ),
        Case(
            T(
                es="wine: 178 vinos, 13 medidas con escalas de 0.1 a 1000 (la prolina)",
                en="wine: 178 wines, 13 measurements on scales from 0.1 to 1000 (proline)",
            ),
            (load_wine().data,),
        ),
        Case(
            T(
                es="caso límite: x, 3 − 2x y 10x + 7 con x = 0..4: correlaciones exactamente ±1",
                en="edge case: x, 3 − 2x and 10x + 7 with x = 0..4: correlations of exactly ±1",
            ),
            (np.column_stack([x, 3 - 2 * x, 10 * x + 7]),),
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
        return T(
            es=f"Tu matriz es de {n} × {n}: correlacionaste las filas (las muestras) en lugar de las columnas. "
            "`np.corrcoef(X)` toma cada fila como una variable; con los datos en filas usa "
            "`np.corrcoef(X, rowvar=False)`, o mejor, hazlo con las columnas centradas.",
            en=f"Your matrix is {n} × {n}: you correlated the rows (the samples) instead of the columns. "
            "`np.corrcoef(X)` takes each row as a variable; with samples in rows use "
            "`np.corrcoef(X, rowvar=False)`, or better, build it from the centred columns.",
        )
    if got.shape != (d, d) or not np.isfinite(got).all():
        return None
    centred = X - X.mean(axis=0)
    for ddof in (1, 0):
        if np.allclose(got, centred.T @ centred / (n - ddof)):
            return T(
                es="Devolviste la matriz de covarianza: su diagonal son las varianzas, no unos. Para la correlación "
                "divide cada entrada Σ_jk entre σ_j σ_k (las desviaciones estándar de las dos columnas).",
                en="You returned the covariance matrix: its diagonal holds the variances, not ones. For the "
                "correlation divide each entry Σ_jk by σ_j σ_k (the standard deviations of the two columns).",
            )
    raw = X.T @ X
    norms = np.sqrt(np.diag(raw))
    raw_std = X.std(axis=0, ddof=1)
    if np.allclose(got, raw / np.outer(norms, norms)) or np.allclose(got, raw / (n - 1) / np.outer(raw_std, raw_std)):
        return T(
            es="Multiplicaste las columnas sin centrarlas: sin restar la media, XᵀX mide cuánto se parecen los "
            "números, no cómo varían juntos. Resta a cada columna su media antes del producto.",
            en="You multiplied the columns without centring them: without subtracting the mean, XᵀX measures how "
            "alike the numbers are, not how they vary together. Subtract each column's mean before the product.",
        )
    for factor in (n / (n - 1), (n - 1) / n):
        if np.allclose(got, factor * expected):
            return T(
                es=f"Tu matriz es la correcta multiplicada por {factor:.6g} (su diagonal no es 1): la covarianza y las "
                "desviaciones estándar usan divisores distintos (n y n − 1). Usa el mismo `ddof` en las dos y se cancela.",
                en=f"Your matrix is the right one times {factor:.6g} (its diagonal is not 1): the covariance and the "
                "standard deviations use different divisors (n and n − 1). Use the same `ddof` in both and it cancels.",
            )
    return None
