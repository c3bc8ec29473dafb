"""Checks for softmax_cross_entropy_grad(Z, y): a hand case, digits logits, huge logits, a wrong-label slip."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits


def _digits_logits():
    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(44)
    W = rng.normal(scale=0.1, size=(64, 10))
    return X[:50] / 16.0 @ W, y[:50]


def cases():
    Z_digits, y_digits = _digits_logits()
    return [
        Case(
            T(
                es="3 muestras, 3 clases: Z = [[0, 0, 0], [1, 2, 3], [2, 0, 0]], y = [0, 2, 1]",
                en="3 samples, 3 classes: Z = [[0, 0, 0], [1, 2, 3], [2, 0, 0]], y = [0, 2, 1]",
            ),
            (np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0], [2.0, 0.0, 0.0]]), np.array([0, 2, 1])),
        ),
        Case(
            T(
                es="50 dígitos reales por una capa lineal con semilla: Z de forma (50, 10)",
                en="50 real digits through a seeded linear layer: Z of shape (50, 10)",
            ),
            (Z_digits, y_digits),
        ),
        Case(
            T(
                es="logits enormes (1000 y −1000): exp(1000) desborda si no restas el máximo de cada fila",
                en="huge logits (1000 and −1000): exp(1000) overflows unless you subtract each row's maximum",
            ),
            (np.array([[1000.0, 0.0, -1000.0], [1000.0, 1000.0, 0.0]]), np.array([0, 2])),
        ),
    ]


def _variant(Z, y, *, divide=True, opposite=False, shift=0):
    Z = np.asarray(Z, dtype=float)
    n, k = Z.shape
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    Y = np.zeros((n, k))
    Y[np.arange(n), (np.asarray(y) - shift) % k] = 1.0
    G = Y - P if opposite else P - Y
    return G / n if divide else G


def diagnose(case, expected, got):
    """Recognise the missing 1/n, the opposite sign, 1-based labels and an overflow."""
    Z, y = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None
    if not np.all(np.isfinite(got)):
        return T(
            es="Tu resultado tiene NaN o infinitos: exp de un logit grande desborda. Resta a cada fila de Z su "
            "máximo antes de exponenciar; softmax no cambia, porque el factor e^(−c) se cancela.",
            en="Your result has NaN or infinities: exp of a large logit overflows. Subtract each row's maximum "
            "from Z before exponentiating; softmax does not change, since the factor e^(−c) cancels.",
        )
    n = Z.shape[0]
    if n > 1 and np.allclose(got, _variant(Z, y, divide=False), atol=1e-9):
        return T(
            es=f"Tu resultado es {n} veces el correcto: falta dividir entre n = {n}. La pérdida es la media de "
            "las n pérdidas, así que cada fila de ∂L/∂Z lleva el factor 1/n.",
            en=f"Your result is {n} times the right one: the division by n = {n} is missing. The loss is the mean "
            "of n losses, so each row of ∂L/∂Z carries the factor 1/n.",
        )
    if np.allclose(got, _variant(Z, y, opposite=True), atol=1e-9):
        return T(
            es="Tu resultado tiene el signo cambiado: calculaste (Y − P)/n. La derivada es (P − Y)/n: si subes el "
            "logit de la clase correcta, P sube hacia 1 y la pérdida baja, así que esa entrada debe ser negativa.",
            en="Your result has the opposite sign: you computed (Y − P)/n. The derivative is (P − Y)/n: raising "
            "the logit of the right class pushes P towards 1 and lowers the loss, so that entry must be negative.",
        )
    if np.allclose(got, _variant(Z, y, shift=1), atol=1e-9):
        return T(
            es="El −1 de tu one-hot está en la columna equivocada (la de y − 1): las etiquetas ya van de 0 a k − 1, "
            "así que la clase y es la columna y, sin restar nada.",
            en="The −1 of your one-hot sits in the wrong column (column y − 1): labels already run from 0 to k − 1, "
            "so class y is column y, with nothing subtracted.",
        )
    return None
