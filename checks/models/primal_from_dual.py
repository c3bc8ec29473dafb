"""Checks for primal_from_dual(alpha, X, y, C): a hand case with b ≠ 0, the separable iris pair
(setosa vs versicolor, petals, C = 1000), the soft margin of versicolor vs virginica (many α = C)."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris
from gradiente.models import SVC


def _pair(first, second, C):
    X, y = load_iris(return_X_y=True)
    keep = (y == first) | (y == second)
    X, y = X[keep][:, 2:], (y[keep] == second).astype(float)  # labels 0/1, as a learner gets them
    model = SVC(kernel="linear", C=C).fit(X, y)
    alpha = np.zeros(len(y))
    alpha[model.support_] = np.abs(model.dual_coef_[0])
    return alpha, X, y, C


def cases():
    return [
        Case(
            T(
                es="a mano: x = (2, 0) con y = +1 y x = (0, 0) con y = −1, α = (0.5, 0.5), C = 10: w = (1, 0), b = −1",
                en="by hand: x = (2, 0) with y = +1 and x = (0, 0) with y = −1, α = (0.5, 0.5), C = 10: w = (1, 0), "
                "b = −1",
            ),
            (np.array([0.5, 0.5]), np.array([[2.0, 0.0], [0.0, 0.0]]), np.array([1.0, -1.0]), 10.0),
        ),
        Case(
            T(
                es="iris separable: setosa contra versicolor (pétalos), α de SVC lineal con C = 1000: "
                "w ≈ (1.294, 0.824), b ≈ −3.788",
                en="separable iris: setosa vs versicolor (petals), α of a linear SVC with C = 1000: "
                "w ≈ (1.294, 0.824), b ≈ −3.788",
            ),
            _pair(0, 1, 1000.0),
        ),
        Case(
            T(
                es="margen suave: versicolor contra virginica (pétalos), C = 1: muchos α valen C y no cuentan para b",
                en="soft margin: versicolor vs virginica (petals), C = 1: many α equal C and do not count for b",
            ),
            _pair(1, 2, 1.0),
            atol=1e-8,
        ),
    ]


def _parts(alpha, X, y, C):
    alpha, X = np.asarray(alpha, dtype=float), np.asarray(X, dtype=float)
    y = np.where(np.asarray(y) > 0, 1.0, -1.0)
    w = (alpha * y) @ X
    free = (alpha > 1e-8) & (alpha < C - 1e-8)
    support = alpha > 1e-8
    return alpha, X, y, w, free, support


def diagnose(case, expected, got):
    """Recognise yᵢ forgotten in w, b from every support vector (bound ones too), and b's sign."""
    try:
        got = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected)
    if got.shape != expected.shape or np.allclose(got, expected, rtol=1e-7, atol=1e-8):
        return None
    alpha, X, y, w, free, support = _parts(*case.args)
    w_unsigned = alpha @ X
    if np.allclose(got[:-1], w_unsigned, rtol=1e-6) and not np.allclose(w_unsigned, w):
        return T(
            es="Tu w no lleva las etiquetas: calculaste Σ αᵢxᵢ. De ∂L/∂w = 0 sale w = Σ αᵢyᵢxᵢ: los puntos de la "
            "clase −1 restan. Pasa y de 0/1 a −1/+1 primero.",
            en="Your w leaves out the labels: you computed Σ αᵢxᵢ. Setting ∂L/∂w = 0 gives w = Σ αᵢyᵢxᵢ: the points "
            "of class −1 subtract. Turn y from 0/1 into −1/+1 first.",
        )
    if np.allclose(got[:-1], w, rtol=1e-6):
        b_all = np.mean(y[support] - X[support] @ w)
        if np.isclose(got[-1], b_all, rtol=1e-6) and not np.isclose(b_all, expected[-1]):
            return T(
                es="Tu w está bien, pero b salió de todos los vectores de soporte. Los que tienen αᵢ = C están dentro "
                "del margen o del lado equivocado (ξᵢ > 0), así que yᵢ(wᵀxᵢ + b) = 1 no vale para ellos: promedia "
                "yᵢ − wᵀxᵢ solo sobre los libres, 1e-8 < αᵢ < C − 1e-8.",
                en="Your w is right, but b came from every support vector. Those with αᵢ = C are inside the margin or "
                "on the wrong side (ξᵢ > 0), so yᵢ(wᵀxᵢ + b) = 1 does not hold for them: average yᵢ − wᵀxᵢ over the "
                "free ones only, 1e-8 < αᵢ < C − 1e-8.",
            )
        if np.isclose(got[-1], -expected[-1], rtol=1e-6):
            return T(
                es="Tu w está bien y b tiene el signo cambiado. En un vector libre yᵢ(wᵀxᵢ + b) = 1 y yᵢ² = 1, así que "
                "b = yᵢ − wᵀxᵢ (no wᵀxᵢ − yᵢ).",
                en="Your w is right and b has the wrong sign. On a free vector yᵢ(wᵀxᵢ + b) = 1 and yᵢ² = 1, so "
                "b = yᵢ − wᵀxᵢ (not wᵀxᵢ − yᵢ).",
            )
    return None
