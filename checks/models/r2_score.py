"""Checks for r2_score(y_true, y_pred): a hand case, the diabetes fit, a constant and a bad prediction."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def _diabetes_fit():
    d = load_diabetes()
    A = np.column_stack([np.ones(len(d.target)), d.data])
    coef = np.linalg.lstsq(A, d.target, rcond=None)[0]
    return d.target, A @ coef


def cases():
    y, y_hat = _diabetes_fit()
    return [
        Case(
            T(
                es="a mano: y = [1, 2, 3], ŷ = [1, 2, 4]: SSE = 1, SST = 2, R² = 0.5",
                en="by hand: y = [1, 2, 3], ŷ = [1, 2, 4]: SSE = 1, SST = 2, R² = 0.5",
            ),
            (np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 4.0])),
        ),
        Case(
            T(
                es="el ajuste lineal de diabetes con sus 10 variables",
                en="the linear fit of diabetes with its 10 features",
            ),
            (y, y_hat),
        ),
        Case(
            T(
                es="diabetes prediciendo siempre la media ȳ: R² = 0",
                en="diabetes always predicting the mean ȳ: R² = 0",
            ),
            (y, np.full_like(y, y.mean())),
        ),
        Case(
            T(
                es="una predicción peor que la media (las predicciones al revés): R² negativo",
                en="a prediction worse than the mean (the predictions reversed): negative R²",
            ),
            (y, y_hat[::-1].copy()),
        ),
    ]


def diagnose(case, expected, got):
    y, y_hat = (np.asarray(a, dtype=float) for a in case.args)
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if np.isclose(got, 1 - np.sum((y - y_hat) ** 2) / np.sum(y**2)) and not np.isclose(got, expected):
        return T(
            es="Dividiste entre Σy² en lugar de Σ(y − ȳ)²: R² compara con predecir la media, no con predecir 0.",
            en="You divided by Σy² instead of Σ(y − ȳ)²: R² compares with predicting the mean, not with predicting 0.",
        )
    r = np.corrcoef(y, y_hat)[0, 1] if np.std(y_hat) > 0 else np.nan
    if not np.isclose(got, expected) and (np.isclose(got, r) or np.isclose(got**2, expected)):
        return T(
            es="Calculaste la correlación r de Pearson (o su cuadrado coincide con R² solo en el ajuste de mínimos "
            "cuadrados): usa 1 − SSE/SST.",
            en="You computed Pearson's correlation r (its square equals R² only for the least-squares fit): "
            "use 1 − SSE/SST.",
        )
    swapped = 1 - np.sum((y - y_hat) ** 2) / np.sum((y_hat - y_hat.mean()) ** 2)
    if np.isclose(got, swapped) and not np.isclose(swapped, expected):
        return T(
            es="Intercambiaste los argumentos: ȳ es la media de y_true (el primero), no de las predicciones.",
            en="You swapped the arguments: ȳ is the mean of y_true (the first one), not of the predictions.",
        )
    return None
