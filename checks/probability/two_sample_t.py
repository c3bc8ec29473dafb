"""Checks for two_sample_t(x, y, equal_var): a hand case, iris (pooled and Welch), breast cancer's tiny p, t = 0."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_iris
from gradiente.stats import Normal, StudentT


def iris_versicolor_virginica(column):
    """One iris measurement (0 sepal length, 1 sepal width) of versicolor and of virginica: 50 and 50 values."""
    iris = load_iris()
    return iris.data[iris.target == 1, column], iris.data[iris.target == 2, column]


def breast_cancer_radius():
    """Mean radius of the malignant (212) and of the benign (357) tumours."""
    data = load_breast_cancer()
    return data.data[data.target == 0, 0], data.data[data.target == 1, 0]


def cases():
    width = iris_versicolor_virginica(1)
    length = iris_versicolor_virginica(0)
    return [
        Case(
            T(
                es="a mano, varianza combinada: x = (1, 2, 3, 4), y = (3, 4, 5, 6, 7); t ≈ −2.546 con 7 grados de libertad",
                en="by hand, pooled variance: x = (1, 2, 3, 4), y = (3, 4, 5, 6, 7); t ≈ −2.546 with 7 degrees of freedom",
            ),
            (np.array([1.0, 2.0, 3.0, 4.0]), np.array([3.0, 4.0, 5.0, 6.0, 7.0]), True),
        ),
        Case(
            T(
                es="iris, ancho del sépalo, versicolor contra virginica, varianza combinada: t ≈ −3.206, p ≈ 0.0018",
                en="iris, sepal width, versicolor vs virginica, pooled variance: t ≈ −3.206, p ≈ 0.0018",
            ),
            (*width, True),
        ),
        Case(
            T(
                es="iris, largo del sépalo, versicolor contra virginica, Welch: t ≈ −5.629, ν ≈ 94.03",
                en="iris, sepal length, versicolor vs virginica, Welch: t ≈ −5.629, ν ≈ 94.03",
            ),
            (*length, False),
        ),
        Case(
            T(
                es="cáncer de mama, radio medio, malignos (212) contra benignos (357), Welch: p ≈ 1.7·10⁻⁶⁴",
                en="breast cancer, mean radius, malignant (212) vs benign (357), Welch: p ≈ 1.7·10⁻⁶⁴",
            ),
            (*breast_cancer_radius(), False),
            atol=0.0,  # the p-value is tiny: compare it relative to its own size
        ),
        Case(
            T(
                es="medias iguales, Welch: x = (1, 2, 3), y = (0, 2, 4); t = 0 y p = 1",
                en="equal means, Welch: x = (1, 2, 3), y = (0, 2, 4); t = 0 and p = 1",
            ),
            (np.array([1.0, 2.0, 3.0]), np.array([0.0, 2.0, 4.0]), False),
        ),
    ]


def _variant(x, y, equal_var, *, ddof=1, tail="t", sides=2, complement=False):
    """[t, p] computed with one slip: variances with ``ddof``, a normal tail, one side, or 1 − cdf."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n_x, n_y = x.size, y.size
    var_x, var_y = x.var(ddof=ddof), y.var(ddof=ddof)
    if equal_var:
        pooled = ((n_x - 1) * var_x + (n_y - 1) * var_y) / (n_x + n_y - 2)
        se = np.sqrt(pooled * (1 / n_x + 1 / n_y))
        df = n_x + n_y - 2
    else:
        a, b = var_x / n_x, var_y / n_y
        se = np.sqrt(a + b)
        df = (a + b) ** 2 / (a**2 / (n_x - 1) + b**2 / (n_y - 1))
    t = (x.mean() - y.mean()) / se
    distribution = StudentT(df) if tail == "t" else Normal()
    tail_area = 1 - distribution.cdf(abs(t)) if complement else distribution.sf(abs(t))
    return np.array([t, sides * tail_area])


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    x, y, equal_var = case.args

    def matches(value):
        return np.allclose(got, value, rtol=1e-6, atol=0.0)

    if matches(_variant(x, y, not equal_var)):
        if equal_var:
            return T(
                es="Usaste la fórmula de Welch, pero aquí `equal_var=True`: se pide la varianza combinada "
                "s_p² = ((n_x − 1)s_x² + (n_y − 1)s_y²)/(n_x + n_y − 2), con n_x + n_y − 2 grados de libertad.",
                en="You used Welch's formula, but here `equal_var=True`: the pooled variance "
                "s_p² = ((n_x − 1)s_x² + (n_y − 1)s_y²)/(n_x + n_y − 2) is wanted, with n_x + n_y − 2 degrees of freedom.",
            )
        return T(
            es="Usaste la varianza combinada, pero aquí `equal_var=False`: Welch divide cada varianza entre su propio "
            "tamaño, SE = √(s_x²/n_x + s_y²/n_y), y sus grados de libertad ν salen de la fórmula de Welch–Satterthwaite.",
            en="You used the pooled variance, but here `equal_var=False`: Welch divides each variance by its own "
            "size, SE = √(s_x²/n_x + s_y²/n_y), and its degrees of freedom ν come from the Welch–Satterthwaite formula.",
        )
    if matches(_variant(x, y, equal_var, sides=1)):
        return T(
            es="Tu valor p es la mitad del esperado: sumaste una sola cola. La prueba es bilateral (H₁: μ_x ≠ μ_y), "
            "así que cuenta las dos: p = 2·P(T ≥ |t|).",
            en="Your p-value is half the expected one: you added up one tail only. The test is two-sided "
            "(H₁: μ_x ≠ μ_y), so count both: p = 2·P(T ≥ |t|).",
        )
    if matches(_variant(x, y, equal_var, tail="normal")):
        return T(
            es="Tu t es correcto, pero tomaste el valor p de la normal estándar. Con varianzas estimadas el "
            "estadístico sigue una t de Student: usa `StudentT(df).sf`, con los grados de libertad de la prueba.",
            en="Your t is right, but you took the p-value from the standard normal. With estimated variances the "
            "statistic follows a Student t: use `StudentT(df).sf`, with the test's degrees of freedom.",
        )
    if matches(_variant(x, y, equal_var, ddof=0)):
        return T(
            es="Calculaste las varianzas con `ddof=0` (dividiendo entre n, el default de `np.var`). La prueba t usa "
            "la varianza muestral, que divide entre n − 1: `np.var(x, ddof=1)`.",
            en="You computed the variances with `ddof=0` (dividing by n, the default of `np.var`). The t-test uses "
            "the sample variance, which divides by n − 1: `np.var(x, ddof=1)`.",
        )
    if np.isclose(got[0], expected[0], rtol=1e-6) and got[1] == 0 and expected[1] > 0:
        return T(
            es="Tu t es correcto, pero tu valor p es 0: lo calculaste como 1 − cdf, y la cdf vale 1 − 10⁻⁶⁴, que en "
            "coma flotante se redondea a 1. Pide la cola directamente con `sf` (la función de supervivencia).",
            en="Your t is right but your p-value is 0: you computed it as 1 − cdf, and the cdf is 1 − 10⁻⁶⁴, which "
            "rounds to 1 in floating point. Ask for the tail directly with `sf` (the survival function).",
        )
    return None
