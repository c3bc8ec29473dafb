"""Checks for logistic_grad_single(x, y, w, b): [∇_w L, ∂L/∂b] of the logistic loss on one sample."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.models import LogisticRegression


def _standardised_breast_cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return (X - X.mean(axis=0)) / X.std(axis=0), y  # ddof=0, as StandardScaler


def cases():
    X, y = _standardised_breast_cancer()
    model = LogisticRegression(penalty="l2", C=1.0).fit(X, y)
    w_fit, b_fit = model.coef_[0], float(model.intercept_[0])
    benign = int(np.flatnonzero(y == 1)[0])  # the first benign tumour (row 19)
    return [
        Case(
            T(
                es="a mano: x = [1, 2], y = 1, w = [0.5, −0.25], b = 0 (z = 0, p = ½)",
                en="by hand: x = [1, 2], y = 1, w = [0.5, −0.25], b = 0 (z = 0, p = ½)",
            ),
            (np.array([1.0, 2.0]), 1, np.array([0.5, -0.25]), 0.0),
        ),
        Case(
            T(
                es="cáncer de mama, fila 0 estandarizada (maligno, y = 0), w = 0 y b = 0 (d = 30)",
                en="breast cancer, standardised row 0 (malignant, y = 0), w = 0 and b = 0 (d = 30)",
            ),
            (X[0], int(y[0]), np.zeros(30), 0.0),
        ),
        Case(
            T(
                es=f"cáncer de mama, fila {benign} estandarizada (benigno, y = 1), w y b de un modelo ajustado",
                en=f"breast cancer, standardised row {benign} (benign, y = 1), w and b from a fitted model",
            ),
            (X[benign], int(y[benign]), w_fit, b_fit),
        ),
        Case(
            T(
                es="una predicción segura y equivocada: z = 40, y = 0 (p se redondea a 1, así que p(1 − p) = 0)",
                en="a confident wrong prediction: z = 40, y = 0 (p rounds to 1, so p(1 − p) = 0)",
            ),
            (np.array([2.0, -1.0]), 0, np.array([15.0, -10.0]), 0.0),
        ),
    ]


def _probability(x, w, b):
    z = float(np.dot(w, x) + b)
    return 1.0 / (1.0 + np.exp(-z)) if z >= 0 else np.exp(z) / (1.0 + np.exp(z))


def diagnose(case, expected, got):
    x, y, w, b = case.args
    got = np.asarray(got, dtype=float)
    d = np.asarray(x).size
    if got.shape == (d,) and np.allclose(got, expected[:-1], rtol=1e-7, atol=1e-10):
        return T(
            es=f"Devolviste {d} números, uno menos de los {d + 1} pedidos: falta ∂L/∂b al final. Como z = wᵀx + b, "
            "∂z/∂b = 1 y ∂L/∂b = p − y.",
            en=f"You returned {d} numbers, one fewer than the {d + 1} asked for: ∂L/∂b is missing at the end. Since "
            "z = wᵀx + b, ∂z/∂b = 1 and ∂L/∂b = p − y.",
        )
    if got.shape != expected.shape:
        return None
    if np.allclose(got, -expected, rtol=1e-7, atol=1e-10):
        return T(
            es="Tu gradiente tiene el signo contrario: calculaste (y − p)·x. La derivada de la pérdida es "
            "∂L/∂z = p − y (positiva cuando p es demasiado grande); y − p es la dirección de bajada.",
            en="Your gradient has the opposite sign: you computed (y − p)·x. The loss's derivative is "
            "∂L/∂z = p − y (positive when p is too large); y − p is the downhill direction.",
        )
    p = _probability(x, w, b)
    extra = expected * p * (1 - p)
    if np.allclose(got, extra, rtol=1e-7, atol=1e-12) and not np.allclose(extra, expected):
        return T(
            es="Sobra un factor σ′(z) = p(1 − p): eso sale con el error cuadrático ½(p − y)², no con la entropía "
            "cruzada. Con la pérdida logística, ∂L/∂p = (p − y)/(p(1 − p)) y ese factor se cancela: ∂L/∂z = p − y.",
            en="There is an extra factor σ′(z) = p(1 − p): that comes from the squared error ½(p − y)², not from the "
            "cross-entropy. With the logistic loss, ∂L/∂p = (p − y)/(p(1 − p)) and that factor cancels: "
            "∂L/∂z = p − y.",
        )
    if np.isnan(got).any() and not np.isnan(expected).any():
        return T(
            es="Tu resultado tiene NaN: p se redondeó a 1 (o a 0) y dividiste entre p(1 − p) = 0. Simplifica la "
            "cadena a mano antes de programarla: ∂L/∂z = p − y, sin divisiones.",
            en="Your result has a NaN: p rounded to 1 (or 0) and you divided by p(1 − p) = 0. Simplify the chain by "
            "hand before coding it: ∂L/∂z = p − y, no division.",
        )
    return None
