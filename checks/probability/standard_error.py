"""Checks for standard_error(x): a hand case, iris sepal lengths by species, breast cancer mean radius, n = 2."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_iris


def sepal_length(species):
    """Sepal length (cm) of one iris species: 0 setosa, 1 versicolor, 2 virginica (50 flowers each)."""
    iris = load_iris()
    return iris.data[iris.target == species, 0]


def cases():
    radius = load_breast_cancer().data[:, 0]  # "mean radius", 569 tumours
    return [
        Case(
            T(
                es="a mano: x = [2, 4, 4, 4, 5, 5, 7, 9] (n = 8, s² = 32/7)",
                en="by hand: x = [2, 4, 4, 4, 5, 5, 7, 9] (n = 8, s² = 32/7)",
            ),
            ([2, 4, 4, 4, 5, 5, 7, 9],),
        ),
        Case(
            T(es="iris: largo del sépalo de setosa (n = 50)", en="iris: setosa's sepal length (n = 50)"),
            (sepal_length(0),),
        ),
        Case(
            T(es="iris: largo del sépalo de versicolor (n = 50)", en="iris: versicolor's sepal length (n = 50)"),
            (sepal_length(1),),
        ),
        Case(
            T(es="iris: largo del sépalo de virginica (n = 50)", en="iris: virginica's sepal length (n = 50)"),
            (sepal_length(2),),
        ),
        Case(
            T(
                es="cáncer de mama: «mean radius» de los 569 tumores",
                en="breast cancer: “mean radius” of the 569 tumours",
            ),
            (radius,),
        ),
        Case(
            T(
                es="borde: n = 2, x = [1, 3], donde n − 1 y n más se distinguen",
                en="edge: n = 2, x = [1, 3], where n − 1 and n differ the most",
            ),
            (np.array([1.0, 3.0]),),
        ),
    ]


def diagnose(case, expected, got):
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    x = np.asarray(case.args[0], dtype=float)
    n = x.size
    s1, s0 = np.std(x, ddof=1), np.std(x, ddof=0)
    if np.isclose(got, s0 / np.sqrt(n), rtol=1e-9):
        return T(
            es=f"Usaste la desviación estándar con ddof=0 (dividiendo entre n): tu resultado es el esperado por "
            f"√((n−1)/n) = {np.sqrt((n - 1) / n):.4f}. `np.std` divide entre n por omisión; para la desviación "
            "muestral, la que no subestima σ², pasa `ddof=1` (divide entre n − 1).",
            en=f"You used the standard deviation with ddof=0 (dividing by n): your result is the expected one times "
            f"√((n−1)/n) = {np.sqrt((n - 1) / n):.4f}. `np.std` divides by n by default; for the sample standard "
            "deviation, the one that does not underestimate σ², pass `ddof=1` (it divides by n − 1).",
        )
    if np.isclose(got, s1 / n, rtol=1e-9) or np.isclose(got, s0 / n, rtol=1e-9):
        return T(
            es="Dividiste s entre n en lugar de entre √n. La varianza de la media es σ²/n; su raíz, la desviación "
            "estándar de la media, es σ/√n.",
            en="You divided s by n instead of by √n. The variance of the mean is σ²/n; its square root, the standard "
            "deviation of the mean, is σ/√n.",
        )
    if np.isclose(got, s1**2 / n, rtol=1e-9) or np.isclose(got, s0**2 / n, rtol=1e-9):
        return T(
            es="Devolviste s²/n, la varianza estimada de la media, no su desviación estándar: falta la raíz cuadrada. "
            "El error estándar está en las unidades de los datos (los centímetros del iris, por ejemplo), no en unidades al cuadrado.",
            en="You returned s²/n, the estimated variance of the mean, not its standard deviation: the square root is "
            "missing. The standard error is in the data's units (the iris centimetres, say), not in squared units.",
        )
    if np.isclose(got, s1, rtol=1e-9) or np.isclose(got, s0, rtol=1e-9):
        return T(
            es="Devolviste la desviación estándar de los datos, s, no la de su media: falta dividir entre √n. s mide "
            "cuánto varía una observación; s/√n, cuánto varía el promedio de n de ellas.",
            en="You returned the standard deviation of the data, s, not that of their mean: the division by √n is "
            "missing. s measures how much one observation varies; s/√n, how much the average of n of them does.",
        )
    return None
