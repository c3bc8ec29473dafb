"""Checks for mean_and_variance(values, probs): a fair die, a loaded die, a Bernoulli, wine's classes, a point mass."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_wine


def wine_classes():
    """The three cultivars of the wine data as a random variable: values 0, 1, 2 with their frequencies."""
    counts = np.bincount(load_wine().target)  # 59, 71, 48 of 178
    return np.arange(3.0), counts / counts.sum()


def cases():
    faces = np.arange(1.0, 7.0)
    return [
        Case(
            T(
                es="a mano: un dado justo, caras 1 a 6 con probabilidad 1/6 (media 3.5, varianza 35/12)",
                en="by hand: a fair die, faces 1 to 6 with probability 1/6 (mean 3.5, variance 35/12)",
            ),
            (faces, np.full(6, 1 / 6)),
        ),
        Case(
            T(
                es="un dado cargado: el 6 sale la mitad de las veces, las otras caras 0.1 cada una",
                en="a loaded die: 6 comes up half the time, each other face 0.1",
            ),
            (faces, np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])),
        ),
        Case(
            T(
                es="una Bernoulli(0.3): valores 0 y 1 (media p, varianza p(1 − p))",
                en="a Bernoulli(0.3): values 0 and 1 (mean p, variance p(1 − p))",
            ),
            (np.array([0.0, 1.0]), np.array([0.7, 0.3])),
        ),
        Case(
            T(
                es="datos reales: la clase de un vino elegido al azar (0, 1, 2 con frecuencias 59, 71, 48 de 178)",
                en="real data: the class of a wine picked at random (0, 1, 2 with frequencies 59, 71, 48 of 178)",
            ),
            wine_classes(),
        ),
        Case(
            T(
                es="caso límite: toda la probabilidad en un valor (−1, 3, 7 con probabilidades 0, 1, 0): varianza 0",
                en="edge case: all the probability on one value (−1, 3, 7 with probabilities 0, 1, 0): variance 0",
            ),
            (np.array([-1.0, 3.0, 7.0]), np.array([0.0, 1.0, 0.0])),
        ),
    ]


def diagnose(case, expected, got):
    values, probs = (np.asarray(a, dtype=float) for a in case.args)
    try:
        got = np.asarray(got, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,) or not np.isfinite(got).all():
        return None
    mean, variance = expected
    second_moment = float(np.sum(probs * values**2))
    if np.isclose(got[0], mean) and not np.isclose(got[1], variance):
        if np.isclose(got[1], second_moment):
            return T(
                es=f"Tu varianza ({got[1]:.6g}) es E[X²], el segundo momento. La varianza mide la dispersión "
                "alrededor de la media: Var X = E[(X − μ)²] = E[X²] − μ². Te falta restar μ².",
                en=f"Your variance ({got[1]:.6g}) is E[X²], the second moment. Variance measures the spread "
                "around the mean: Var X = E[(X − μ)²] = E[X²] − μ². You forgot to subtract μ².",
            )
        if variance > 0 and np.isclose(got[1] ** 2, variance):
            return T(
                es=f"Tu segundo número ({got[1]:.6g}) es la desviación estándar: al cuadrado da la varianza "
                f"({variance:.6g}). Se pide Var X = E[(X − μ)²], sin la raíz cuadrada.",
                en=f"Your second number ({got[1]:.6g}) is the standard deviation: squared, it gives the variance "
                f"({variance:.6g}). Var X = E[(X − μ)²] is wanted, without the square root.",
            )
        if np.isclose(got[1] * len(values), variance):
            return T(
                es=f"Tu varianza es la esperada dividida entre {len(values)}, el número de valores. Las "
                "probabilidades ya son los pesos y suman 1: Var X = Σ p(x)(x − μ)², sin dividir entre n.",
                en=f"Your variance is the expected one divided by {len(values)}, the number of values. The "
                "probabilities already are the weights and add up to 1: Var X = Σ p(x)(x − μ)², with no division by n.",
            )
    if not np.isclose(got[0], mean) and np.isclose(got[0], values.mean()):
        return T(
            es=f"Tu media ({got[0]:.6g}) es el promedio simple de los valores, como si todos tuvieran la misma "
            f"probabilidad. Aquí no la tienen: E[X] = Σ x p(x) = {mean:.6g}. Pondera cada valor por su probabilidad "
            "(con el dado justo daba igual: por eso pasaste ese caso).",
            en=f"Your mean ({got[0]:.6g}) is the plain average of the values, as if they all had the same "
            f"probability. Here they do not: E[X] = Σ x p(x) = {mean:.6g}. Weight each value by its probability "
            "(with the fair die it made no difference: that is why you passed that case).",
        )
    return None
