"""Checks for logistic_grad(X, y, w, b): a hand case, standardised breast cancer at w = 0 and at a fitted w."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.models import LogisticRegression


def _cancer():
    cancer = load_breast_cancer()
    X = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)  # ddof=0
    return X, cancer.target.astype(float)


def _fitted():
    X, y = _cancer()
    model = LogisticRegression(penalty="l2", C=1.0).fit(X, y)
    return X, y, np.asarray(model.coef_, dtype=float).ravel(), float(np.ravel(model.intercept_)[0])


def cases():
    X, y = _cancer()
    return [
        Case(
            T(
                es="a mano: X = [[0], [2]], y = [0, 1], w = [0], b = 0 (p = 0.5 en los dos puntos)",
                en="by hand: X = [[0], [2]], y = [0, 1], w = [0], b = 0 (p = 0.5 at both points)",
            ),
            (np.array([[0.0], [2.0]]), np.array([0.0, 1.0]), np.array([0.0]), 0.0),
        ),
        Case(
            T(
                es="cáncer de mama estandarizado, w = 0 y b = 0",
                en="standardised breast cancer, w = 0 and b = 0",
            ),
            (X, y, np.zeros(30), 0.0),
        ),
        Case(
            T(
                es="cáncer de mama estandarizado, en los pesos de una regresión logística con L2 (C = 1) ya ajustada",
                en="standardised breast cancer, at the weights of a fitted L2 logistic regression (C = 1)",
            ),
            _fitted(),
        ),
    ]


def _parts(X, y, w, b):
    X = np.asarray(X, dtype=float)
    z = X @ np.asarray(w, dtype=float) + b
    p = np.exp(-np.logaddexp(0.0, -z))
    return X, np.asarray(y, dtype=float), p


def diagnose(case, expected, got):
    X, y, p = _parts(*case.args)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        if got.shape == (expected.size - 1,):
            return T(
                es="Te falta la derivada respecto de b: devuelve [∇_w L, ∂L/∂b], d + 1 números, con b al final.",
                en="The derivative with respect to b is missing: return [∇_w L, ∂L/∂b], d + 1 numbers, b last.",
            )
        return None
    scale = np.abs(expected).max()
    if scale == 0:
        return None
    if np.allclose(got, -expected):
        return T(
            es="Tu gradiente apunta al revés: usaste (y − p) en lugar de (p − y). Con (y − p), restar el gradiente "
            "hace crecer la pérdida.",
            en="Your gradient points the wrong way: you used (y − p) instead of (p − y). With (y − p), subtracting "
            "the gradient makes the loss grow.",
        )
    if np.allclose(got, expected * len(y)):
        return T(
            es="Tu gradiente es n veces el esperado: falta dividir entre n, porque la pérdida es un promedio.",
            en="Your gradient is n times the expected one: divide by n, because the loss is a mean.",
        )
    r = (p - y) * p * (1 - p)
    mse = np.concatenate([X.T @ r / len(y), [r.mean()]])
    if np.allclose(got, mse) or np.allclose(got, 2 * mse):
        return T(
            es="Ese es el gradiente del error cuadrático a través de la sigmoide, con el factor p(1 − p). En la "
            "pérdida logarítmica ese factor se cancela: el residuo es simplemente p − y.",
            en="That is the gradient of the squared error through the sigmoid, with the factor p(1 − p). In the log "
            "loss that factor cancels: the residual is simply p − y.",
        )
    return None
