"""Checks for logistic_loss(X, y, w, b): a hand case, raw breast cancer with |z| up to 1801, w = 0."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def _cancer(standardise):
    cancer = load_breast_cancer()
    X = cancer.data
    if standardise:
        X = (X - X.mean(axis=0)) / X.std(axis=0)  # ddof=0
    return X, cancer.target.astype(float)


def _raw_case():
    X, y = _cancer(False)
    w = np.zeros(30)
    w[3] = -1.0  # z = 700 − mean area: from −1801 to 556.5
    return X, y, w, 700.0


def _naive(X, y, w, b):
    with np.errstate(all="ignore"):
        p = 1.0 / (1.0 + np.exp(-(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)))
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def cases():
    X, y = _cancer(True)
    return [
        Case(
            T(
                es="a mano: una variable, X = [[0], [2]], y = [0, 1], w = [1], b = 0 (z = 0 y z = 2)",
                en="by hand: one feature, X = [[0], [2]], y = [0, 1], w = [1], b = 0 (z = 0 and z = 2)",
            ),
            (np.array([[0.0], [2.0]]), np.array([0.0, 1.0]), np.array([1.0]), 0.0),
        ),
        Case(
            T(
                es="cáncer de mama sin estandarizar, w = −1 en «mean area» y b = 700: |z| llega a 1801",
                en="raw breast cancer, w = −1 on 'mean area' and b = 700: |z| reaches 1801",
            ),
            _raw_case(),
        ),
        Case(
            T(
                es="cáncer de mama estandarizado con w = 0 y b = 0: toda p vale 0.5",
                en="standardised breast cancer with w = 0 and b = 0: every p is 0.5",
            ),
            (X, y, np.zeros(30), 0.0),
        ),
    ]


def diagnose(case, expected, got):
    X, y, w, b = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if not np.isfinite(got):
        return T(
            es="Tu resultado es inf o NaN: con |z| grande, σ(z) se redondea a 0 o a 1 y ln(0) = −∞ (y 0 · ln 0 da "
            "NaN). Calcula −ln σ(z) como np.logaddexp(0, −z) y −ln(1 − σ(z)) como np.logaddexp(0, z).",
            en="Your result is inf or NaN: with a large |z|, σ(z) rounds to 0 or 1 and ln(0) = −∞ (and 0 · ln 0 "
            "gives NaN). Compute −ln σ(z) as np.logaddexp(0, −z) and −ln(1 − σ(z)) as np.logaddexp(0, z).",
        )
    if np.isclose(got, expected * len(y)) and len(y) > 1:
        return T(
            es="Tu pérdida es n veces la esperada: sumaste en lugar de promediar. Divide entre n (np.mean).",
            en="Your loss is n times the expected one: you summed instead of averaging. Divide by n (np.mean).",
        )
    swapped = logistic_loss_ref(X, 1 - np.asarray(y, dtype=float), w, b)
    if np.isclose(got, swapped) and not np.isclose(swapped, expected):
        return T(
            es="Intercambiaste y y 1 − y: el término ln p va con y = 1 (la clase positiva) y ln(1 − p) con y = 0.",
            en="You swapped y and 1 − y: the ln p term goes with y = 1 (the positive class) and ln(1 − p) with y = 0.",
        )
    return None


def logistic_loss_ref(X, y, w, b):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))
