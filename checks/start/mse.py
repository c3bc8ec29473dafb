"""Checks for mse(y_true, y_pred): a hand case, diabetes against its mean and against its best line, one sample."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def _diabetes_bmi():
    diabetes = load_diabetes(scaled=False)
    return diabetes.data[:, 2], diabetes.target  # body-mass index, progression one year later


def cases():
    bmi, progression = _diabetes_bmi()
    x_centred = bmi - bmi.mean()
    w = np.sum(x_centred * (progression - progression.mean())) / np.sum(x_centred**2)
    b = progression.mean() - w * bmi.mean()
    return [
        # residuals 1, 0, −2: squares 1, 0, 4, mean 5/3. Sum, RMSE, mean |r| and mean r all differ.
        Case(
            T.same("y_true = [1, 2, 3],  y_pred = [2, 2, 1]"),
            (np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 1.0])),
        ),
        Case(
            T(
                es="diabetes: la progresión contra su media (442 pacientes)",
                en="diabetes: progression against its mean (442 patients)",
            ),
            (progression, np.full_like(progression, progression.mean())),
        ),
        Case(
            T(
                es="diabetes: la progresión contra la recta de mínimos cuadrados del IMC",
                en="diabetes: progression against the least-squares line of BMI",
            ),
            (progression, w * bmi + b),
        ),
        Case(
            T(es="una sola muestra: y_true = [3],  y_pred = [5]", en="a single sample: y_true = [3],  y_pred = [5]"),
            (np.array([3.0]), np.array([5.0])),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the sum, the root of the mean, the mean absolute error and the mean of unsquared residuals."""
    if np.ndim(got) != 0:
        return T(
            es=f"Devolviste un arreglo de forma {np.shape(got)}: el MSE es un solo número, el promedio de "
            "todos los cuadrados. ¿Te faltó promediar con np.mean?",
            en=f"You returned an array of shape {np.shape(got)}: the MSE is a single number, the mean of all "
            "the squares. Did you forget to average with np.mean?",
        )
    y_true, y_pred = (np.asarray(arg, dtype=float) for arg in case.args)
    residuals = y_pred - y_true
    n = len(residuals)
    got = float(got)

    def near(value):
        return np.isclose(got, value, rtol=1e-7, atol=1e-10) and not np.isclose(value, expected, rtol=1e-7)

    if near(n * expected):
        return T(
            es=f"Tu resultado es {n} veces el esperado, y hay n = {n} muestras: sumaste los cuadrados sin "
            "dividir entre n. El MSE es la media, no la suma: así no crece con el número de datos.",
            en=f"Your result is {n} times the expected one, and there are n = {n} samples: you added up the "
            "squares without dividing by n. The MSE is the mean, not the sum, so it does not grow with the "
            "amount of data.",
        )
    if near(np.sqrt(expected)):
        return T(
            es="Tu resultado al cuadrado da el esperado: sacaste la raíz cuadrada. Eso es el RMSE (la raíz del "
            "error cuadrático medio), que está en las unidades de y; aquí se pide el MSE, sin la raíz.",
            en="Your result squared gives the expected one: you took the square root. That is the RMSE (root "
            "mean squared error), which is in the units of y; here the MSE is asked for, without the root.",
        )
    if near(np.mean(np.abs(residuals))):
        return T(
            es="Promediaste los valores absolutos |ŷ − y|: eso es el error absoluto medio (MAE). El MSE eleva "
            "cada diferencia al cuadrado antes de promediar.",
            en="You averaged the absolute values |ŷ − y|: that is the mean absolute error (MAE). The MSE squares "
            "each difference before averaging.",
        )
    if near(np.mean(residuals)) or near(-np.mean(residuals)):
        return T(
            es="Promediaste las diferencias sin elevarlas al cuadrado: los errores positivos y negativos se "
            "cancelan (para la recta de mínimos cuadrados, su media es 0 aunque la recta no acierte). "
            "Eleva cada diferencia al cuadrado antes de promediar.",
            en="You averaged the differences without squaring them: positive and negative errors cancel (for "
            "the least-squares line their mean is 0 although the line misses). Square each difference before "
            "averaging.",
        )
    if near(np.mean(residuals) ** 2):
        return T(
            es="Elevaste al cuadrado el promedio de las diferencias, no el promedio de los cuadrados: primero "
            "eleva cada diferencia al cuadrado y después promedia.",
            en="You squared the mean of the differences instead of averaging the squares: square each "
            "difference first, then take the mean.",
        )
    return None
