"""Checks for logistic_hessian(X, w): a hand case, breast cancer at w = 0 and at the fitted w, one feature."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.models import LogisticRegression
from gradiente.softmax import sigmoid


def breast_cancer_design():
    """The first 5 features of breast cancer, standardised, after a column of ones (the intercept)."""
    X, y = load_breast_cancer(return_X_y=True)
    features = X[:, :5]
    features = (features - features.mean(axis=0)) / features.std(axis=0)
    return np.column_stack([np.ones(len(features)), features]), y


def fitted_weights():
    """The maximum-likelihood w (intercept first) of logistic regression on that design."""
    design, y = breast_cancer_design()
    model = LogisticRegression().fit(design[:, 1:], y)
    return np.concatenate([model.intercept_, model.coef_.ravel()])


def cases():
    design, _ = breast_cancer_design()
    return [
        Case(
            T(
                es="X = [[1, 0], [1, 1], [1, 2]], w = 0: todas las p valen ½ y H = XᵀX / 12",
                en="X = [[1, 0], [1, 1], [1, 2]], w = 0: every p is ½ and H = XᵀX / 12",
            ),
            (np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.zeros(2)),
        ),
        Case(
            T(
                es="breast cancer: intercepto y 5 columnas estandarizadas (569 × 6), w = 0",
                en="breast cancer: intercept and 5 standardised columns (569 × 6), w = 0",
            ),
            (design, np.zeros(6)),
        ),
        Case(
            T(
                es="breast cancer (569 × 6) en el w ajustado por máxima verosimilitud",
                en="breast cancer (569 × 6) at the maximum-likelihood w",
            ),
            (design, fitted_weights()),
        ),
        Case(
            T(
                es="una sola columna: X de forma (4, 1), w = [0.5]; H es una matriz 1 × 1",
                en="a single column: X of shape (4, 1), w = [0.5]; H is a 1 × 1 matrix",
            ),
            (np.array([[-2.0], [-1.0], [1.0], [3.0]]), np.array([0.5])),
        ),
    ]


def diagnose(case, expected, got):
    X, w = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    n, d = X.shape
    if got.shape == (n, n) and n != d:
        return T(
            es=f"Tu resultado tiene forma (n, n) = ({n}, {n}): una fila y una columna por muestra, porque calculaste "
            f"X diag(·) Xᵀ. La hessiana tiene una fila y una columna por parámetro, ({d}, {d}): "
            "el producto es Xᵀ diag(p(1 − p)) X.",
            en=f"Your result has shape (n, n) = ({n}, {n}): one row and column per sample, because you computed "
            f"X diag(·) Xᵀ. The Hessian has one row and column per parameter, ({d}, {d}): the product is "
            "Xᵀ diag(p(1 − p)) X.",
        )
    if got.shape != expected.shape:
        return None
    p = sigmoid(X @ w)
    close = dict(rtol=1e-6, atol=1e-12)
    if n > 1 and np.allclose(got, n * expected, **close):
        return T(
            es=f"Tu hessiana es {n} veces más grande que la esperada ({n} es el número de muestras): la pérdida es "
            "la media, así que divide la suma entre n.",
            en=f"Your Hessian is {n} times too large ({n} is the number of samples): the loss is the mean, so "
            "divide the sum by n.",
        )
    for scale in (1.0, float(n)):
        if np.allclose(got, (X.T * p) @ X / scale, **close):
            return T(
                es="Pesaste cada muestra con pᵢ, pero la curvatura de la pérdida logística en zᵢ es "
                "σ'(zᵢ) = pᵢ(1 − pᵢ): usa p(1 − p).",
                en="You weighted each sample by pᵢ, but the curvature of the logistic loss at zᵢ is "
                "σ'(zᵢ) = pᵢ(1 − pᵢ): use p(1 − p).",
            )
        if np.allclose(got, X.T @ X / scale, **close):
            return T(
                es="Te falta el peso de cada muestra: XᵀX sería la hessiana de ½‖Xw − y‖², no la de la pérdida "
                "logística, que pesa cada muestra con p(1 − p).",
                en="Each sample's weight is missing: XᵀX would be the Hessian of ½‖Xw − y‖², not of the logistic "
                "loss, which weighs every sample by p(1 − p).",
            )
    return None
