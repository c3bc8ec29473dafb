"""Checks for hinge_subgradient(X, y, w, b, C): a hand case with a point exactly on the margin, breast cancer."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def breast_cancer_standardised():
    """Breast cancer, 569 × 30, columns standardised (ddof=0); y = 0 malignant, 1 benign."""
    data = load_breast_cancer()
    return (data.data - data.data.mean(axis=0)) / data.data.std(axis=0), data.target


# Hand case: w = (1, 1), b = 0.5, C = 2. The scores are 1, 0.75 and −2, so the margins yᵢf(xᵢ) are
# 1 (exactly on the margin: inactive under the strict rule), 0.75 (active) and 2 (inactive).
HAND = (
    np.array([[0.5, 0.0], [0.25, 0.0], [-1.0, -1.5]]),
    np.array([1, 1, 0]),
    np.array([1.0, 1.0]),
    0.5,
    2.0,
)


def cases():
    X, y = breast_cancer_standardised()
    return [
        Case(
            T(
                es="a mano, con un punto justo en el margen (y·f = 1): w = (1, 1), b = 0.5, C = 2",
                en="by hand, with a point exactly on the margin (y·f = 1): w = (1, 1), b = 0.5, C = 2",
            ),
            HAND,
        ),
        Case(
            T(
                es="cáncer de mama estandarizado (569 × 30), w = 0, b = 0, C = 1: todos los puntos activos",
                en="standardised breast cancer (569 × 30), w = 0, b = 0, C = 1: every point active",
            ),
            (X, y, np.zeros(30), 0.0, 1.0),
            rtol=1e-9,
        ),
        Case(
            T(
                es="cáncer de mama, w = 0.1·(1, …, 1), b = 0.2, C = 0.5: unos puntos activos y otros no",
                en="breast cancer, w = 0.1·(1, …, 1), b = 0.2, C = 0.5: some points active, others not",
            ),
            (X, y, np.full(30, 0.1), 0.2, 0.5),
            rtol=1e-9,
        ),
    ]


def _variant(X, y, w, b, C, *, at_kink=False, sign=1.0, penalise_b=False):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    margins = signs * (X @ w + b)
    active = margins <= 1 if at_kink else margins < 1
    grad_w = w - sign * C * (signs[active] @ X[active])
    grad_b = -sign * C * np.sum(signs[active]) + (b if penalise_b else 0.0)
    return np.append(grad_w, grad_b)


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        if got.shape == (expected.size - 1,):
            return T(
                es="Tu resultado tiene d componentes: falta ∂_b. Devuelve (∂_w, ∂_b) juntos, con np.append(grad_w, grad_b).",
                en="Your result has d components: ∂_b is missing. Return (∂_w, ∂_b) together, with np.append(grad_w, grad_b).",
            )
        return None
    args = case.args
    if np.allclose(got, _variant(*args, at_kink=True)):
        return T(
            es="Contaste como activo el punto con yᵢf(xᵢ) = 1 exacto (usaste ≤ 1). En el pliegue la bisagra tiene "
            "muchos subgradientes; el enunciado fija la regla estricta < 1: ese punto no aporta.",
            en="You counted the point with yᵢf(xᵢ) = 1 exactly as active (you used ≤ 1). At the kink the hinge has "
            "many subgradients; the prompt fixes the strict rule < 1: that point contributes nothing.",
        )
    if np.allclose(got, _variant(*args, sign=-1.0)):
        return T(
            es="El término de los datos tiene el signo al revés. La derivada de 1 − yᵢ(wᵀxᵢ + b) respecto de w es "
            "−yᵢxᵢ, así que cada punto activo resta C·yᵢxᵢ (y resta C·yᵢ en ∂_b).",
            en="The data term has the wrong sign. The derivative of 1 − yᵢ(wᵀxᵢ + b) with respect to w is −yᵢxᵢ, "
            "so each active point subtracts C·yᵢxᵢ (and C·yᵢ in ∂_b).",
        )
    if np.allclose(got, _variant(*args, penalise_b=True)):
        return T(
            es="Tu ∂_b incluye a b, como si ½‖w‖² lo penalizara. El sesgo no está en ½‖w‖²: ∂_b sale solo de las "
            "bisagras activas, −C Σ yᵢ.",
            en="Your ∂_b includes b, as if ½‖w‖² penalised it. The bias is not in ½‖w‖²: ∂_b comes from the "
            "active hinges only, −C Σ yᵢ.",
        )
    return None
