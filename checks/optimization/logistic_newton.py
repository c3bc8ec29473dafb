"""Checks for logistic_newton(X, y, n_iter): one step by hand, breast cancer after 1, 5 and 20 steps, zero steps.

At 20 steps the answer agrees with gradiente.models.LogisticRegression(solver="newton", penalty=None)
and with scikit-learn's unpenalised fit to every printed digit (checked in the lesson).
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer

FEATURES = ("mean radius", "mean texture", "mean smoothness")


def cancer_design():
    """The intercept column and three standardised features (ddof = 0) of breast cancer: (569, 4)."""
    data = load_breast_cancer()
    columns = [list(data.feature_names).index(name) for name in FEATURES]
    Z = data.data[:, columns]
    Z = (Z - Z.mean(axis=0)) / Z.std(axis=0)
    return np.hstack([np.ones((len(Z), 1)), Z]), data.target.astype(float)


HAND_X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
HAND_Y = np.array([0.0, 0.0, 1.0, 1.0])


def cases():
    X, y = cancer_design()
    label_es = "cáncer de mama: unos + radio, textura y suavidad medios estandarizados (569×4)"
    label_en = "breast cancer: ones + standardised mean radius, texture and smoothness (569×4)"
    return [
        Case(
            T(
                es="a mano: X = [[1, 0], [1, 1], [1, 2], [1, 3]],  y = [0, 0, 1, 1],  1 paso",
                en="by hand: X = [[1, 0], [1, 1], [1, 2], [1, 3]],  y = [0, 0, 1, 1],  1 step",
            ),
            (HAND_X, HAND_Y, 1),
        ),
        Case(T(es=f"{label_es},  1 paso", en=f"{label_en},  1 step"), (X, y, 1), rtol=1e-6),
        Case(T(es=f"{label_es},  5 pasos", en=f"{label_en},  5 steps"), (X, y, 5), rtol=1e-6),
        Case(T(es=f"{label_es},  20 pasos", en=f"{label_en},  20 steps"), (X, y, 20), rtol=1e-6),
        Case(T(es="cero pasos: el punto de partida w = 0", en="zero steps: the starting point w = 0"), (X, y, 0)),
    ]


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _newton(X, y, n_iter, weight, sign):
    w = np.zeros(X.shape[1])
    with np.errstate(all="ignore"):
        for _ in range(n_iter):
            p = _sigmoid(X @ w)
            H = X.T @ (X * weight(p)[:, None])
            try:
                w = w - np.linalg.solve(H, sign * (X.T @ (p - y)))
            except np.linalg.LinAlgError:
                return None
    return w


def _gradient_norm(X, y, w):
    return float(np.linalg.norm(X.T @ (_sigmoid(X @ w) - y)))


def _loss(X, y, w):
    z = X @ w
    return float(np.sum(np.logaddexp(0, z) - y * z))


def diagnose(case, expected, got):
    """Recognise S = diag(p), the gradient's sign, and gradient descent with a fixed step in place of Newton."""
    X, y, n_iter = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != np.shape(expected) or n_iter == 0 or not np.all(np.isfinite(got)):
        return None
    with_p = _newton(X, y, n_iter, lambda p: p, 1.0)
    if with_p is not None and np.allclose(got, with_p, rtol=1e-6):
        return T(
            es="Usaste S = diag(pᵢ): falta el factor (1 − pᵢ). La derivada de σ(z) es σ(z)(1 − σ(z)), así que la "
            "hessiana de la pérdida logística es XᵀSX con S = diag(pᵢ(1 − pᵢ)).",
            en="You used S = diag(pᵢ): the factor (1 − pᵢ) is missing. The derivative of σ(z) is σ(z)(1 − σ(z)), "
            "so the Hessian of the logistic loss is XᵀSX with S = diag(pᵢ(1 − pᵢ)).",
        )
    flipped = _newton(X, y, n_iter, lambda p: p * (1 - p), -1.0)
    if flipped is not None and np.allclose(got, flipped, rtol=1e-6):
        return T(
            es="El gradiente tiene el signo cambiado: usaste Xᵀ(y − p). El gradiente de la pérdida (la "
            "log-verosimilitud con signo menos) es Xᵀ(p − y); con el otro signo, cada paso se aleja del mínimo.",
            en="The gradient has the wrong sign: you used Xᵀ(y − p). The gradient of the loss (the negative "
            "log-likelihood) is Xᵀ(p − y); with the other sign, every step moves away from the minimum.",
        )
    g0 = X.T @ (0.5 - y)  # the gradient at w = 0
    mine, newton = _gradient_norm(X, y, got), _gradient_norm(X, y, expected)
    cosine = -float(got @ g0) / (np.linalg.norm(got) * np.linalg.norm(g0) + 1e-300)
    along_gradient = n_iter == 1 and cosine > 1 - 1e-9
    still_far = mine > 10 * newton + 1e-8 and _loss(X, y, got) < _loss(X, y, np.zeros_like(got))
    if along_gradient or still_far:
        return T(
            es=f"Parece descenso de gradiente con paso fijo, no Newton: en tu w el gradiente tiene norma {mine:.3g}, "
            f"y en el de Newton, {newton:.3g}. Newton no usa una tasa de aprendizaje: cada paso resuelve "
            "(XᵀSX) d = Xᵀ(p − y) y hace w ← w − d.",
            en=f"This looks like gradient descent with a fixed step, not Newton: at your w the gradient has norm "
            f"{mine:.3g}, at Newton's {newton:.3g}. Newton uses no learning rate: each step solves "
            "(XᵀSX) d = Xᵀ(p − y) and sets w ← w − d.",
        )
    return None
