"""Checks for empirical_cdf(samples, x): four numbers by hand, iris sepal length at 5, 6, 7 cm, breast cancer
mean radius at its quartiles (observed values: < and ≤ differ there), a point outside the sample."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_iris


def sepal_length():
    """Iris sepal length (cm), 150 flowers."""
    return load_iris().data[:, 0]


def mean_radius():
    """Breast cancer mean radius, 569 tumours."""
    return load_breast_cancer().data[:, 0]


def cases():
    radius = mean_radius()
    return [
        Case(
            T(
                es="a mano: la muestra 3, 1, 2, 2 evaluada en x = 0, 1, 1.5, 2, 3, 4",
                en="by hand: the sample 3, 1, 2, 2 evaluated at x = 0, 1, 1.5, 2, 3, 4",
            ),
            (np.array([3.0, 1.0, 2.0, 2.0]), np.array([0.0, 1.0, 1.5, 2.0, 3.0, 4.0])),
        ),
        Case(
            T(
                es="iris: largo del sépalo de las 150 flores en x = 5, 6, 7 cm (10 flores miden justo 5.0)",
                en="iris: sepal length of the 150 flowers at x = 5, 6, 7 cm (10 flowers measure exactly 5.0)",
            ),
            (sepal_length(), np.array([5.0, 6.0, 7.0])),
        ),
        Case(
            T(
                es="cáncer de mama: radio medio de los 569 tumores en sus tres cuartiles (`np.quantile`)",
                en="breast cancer: mean radius of the 569 tumours at its three quartiles (`np.quantile`)",
            ),
            (radius, np.quantile(radius, [0.25, 0.5, 0.75])),
        ),
        Case(
            T(
                es="una muestra de un solo valor, 2.5, y puntos antes, encima y después: x = 2, 2.5, 3",
                en="a sample of a single value, 2.5, and points before, on and after it: x = 2, 2.5, 3",
            ),
            (np.array([2.5]), np.array([2.0, 2.5, 3.0])),
        ),
    ]


def diagnose(case, expected, got):
    samples, x = (np.asarray(arg, dtype=float) for arg in case.args)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        if got.size == 1:
            return T(
                es="Devolviste un solo número: se pide F̂ en cada punto de x, un arreglo con la forma de x. Si "
                "comparas `samples <= x` directamente, ¿qué forma tiene el resultado y sobre qué eje promedias?",
                en="You returned a single number: F̂ at every point of x is wanted, an array shaped like x. If you "
                "compare `samples <= x` directly, what shape is the result and along which axis do you average?",
            )
        return None
    n = len(samples)
    strict = np.mean(samples[:, None] < x[None, :], axis=0)
    if np.allclose(got, strict):
        return T(
            es="Contaste las muestras estrictamente menores que x (<). La CDF es P(X ≤ x): en un valor que aparece "
            "en la muestra, F̂ debe incluirlo, así que usa menor o igual (≤; con `np.searchsorted`, side='right').",
            en="You counted the samples strictly less than x (<). The CDF is P(X ≤ x): at a value that appears in "
            "the sample, F̂ must include it, so use less than or equal (≤; with `np.searchsorted`, side='right').",
        )
    if n > 1 and np.allclose(got, n * expected):
        return T(
            es=f"Devolviste conteos, no fracciones: tus valores son {n} veces los esperados. F̂ es una "
            "probabilidad, entre 0 y 1: divide entre el número de muestras, `len(samples)`.",
            en=f"You returned counts, not fractions: your values are {n} times the expected ones. F̂ is a "
            "probability, between 0 and 1: divide by the number of samples, `len(samples)`.",
        )
    for side in ("right", "left"):
        if np.allclose(got, np.searchsorted(samples, x, side=side) / n) and not np.allclose(got, expected):
            return T(
                es="`np.searchsorted` supone que el arreglo ya está ordenado; con una muestra desordenada "
                "devuelve posiciones sin sentido. Ordénala antes con `np.sort(samples)`.",
                en="`np.searchsorted` assumes the array is already sorted; on an unsorted sample it returns "
                "meaningless positions. Sort it first with `np.sort(samples)`.",
            )
    if np.allclose(got, 1 - expected):
        return T(
            es="Calculaste la fracción de muestras mayores que x, 1 − F̂(x). La CDF acumula desde la izquierda: "
            "la fracción de muestras menores o iguales a x.",
            en="You computed the fraction of samples greater than x, 1 − F̂(x). The CDF accumulates from the "
            "left: the fraction of samples less than or equal to x.",
        )
    return None
