"""Checks for gd_linear_regression(X, y, lr, tol, max_iter): a constant model by hand, wine and diabetes
standardised with an intercept column (compared, through the reference, with least squares), max_iter edges."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes, load_wine


def _design(X):
    """A column of ones, then the features standardised (ddof = 0)."""
    return np.hstack([np.ones((len(X), 1)), (X - X.mean(axis=0)) / X.std(axis=0)])


def _one_over_l(X):
    return len(X) / (2 * np.linalg.eigvalsh(X.T @ X)[-1])  # 1/L, with L = λ_max((2/n)XᵀX)


ONES = np.ones((4, 1))
HAND_Y = np.array([1.0, 2.0, 3.0, 6.0])  # mean 3


def cases():
    wine = load_wine()
    wine_X, wine_y = _design(wine.data[:, 1:]), wine.data[:, 0]  # alcohol from the other 12 features
    diabetes_X, diabetes_y = load_diabetes(scaled=False, return_X_y=True)
    diabetes_X = _design(diabetes_X)
    return [
        # ∇J(0) = −(2/4)·Σy = −6, so w₁ = 0 + 0.5·6 = 3 = mean(y); there ∇J = 0 and the rule stops.
        Case(
            T(
                es="solo una columna de unos (4×1),  y = (1, 2, 3, 6),  lr = 0.5: un paso lleva a la media",
                en="only a column of ones (4×1),  y = (1, 2, 3, 6),  lr = 0.5: one step reaches the mean",
            ),
            (ONES, HAND_Y, 0.5),
            kwargs={"tol": 1e-10, "max_iter": 100},
        ),
        # The reference stops within ‖∇J‖ ≤ 10⁻¹⁰ of the least-squares w, so rtol = 1e-6 lets any correct loop pass.
        Case(
            T(
                es="vino: el alcohol según las otras 12 variables estandarizadas (178×13),  lr = 1/L,  tol = 10⁻¹⁰",
                en="wine: alcohol from the other 12 standardised features (178×13),  lr = 1/L,  tol = 10⁻¹⁰",
            ),
            (wine_X, wine_y, _one_over_l(wine_X)),
            kwargs={"tol": 1e-10, "max_iter": 100_000},
            rtol=1e-6,
        ),
        Case(
            T(
                es="diabetes: las 10 variables estandarizadas (442×11),  lr = 1/L,  tol = 10⁻⁶",
                en="diabetes: the 10 standardised features (442×11),  lr = 1/L,  tol = 10⁻⁶",
            ),
            (diabetes_X, diabetes_y, _one_over_l(diabetes_X)),
            kwargs={"tol": 1e-6, "max_iter": 100_000},
            rtol=1e-6,
            atol=1e-6,
        ),
        Case(
            T(
                es="max_iter = 3: el vino con una tasa chica, lr = 0.01, se detiene lejos del mínimo",
                en="max_iter = 3: wine with a small rate, lr = 0.01, stops far from the minimum",
            ),
            (wine_X, wine_y, 0.01),
            kwargs={"tol": 1e-10, "max_iter": 3},
        ),
        Case(
            T(es="max_iter = 0: devuelve w = 0", en="max_iter = 0: it returns w = 0"),
            (wine_X, wine_y, 0.1),
            kwargs={"tol": 1e-10, "max_iter": 0},
        ),
    ]


def diagnose(case, expected, got):
    """Recognise an overflow (a step above 2/L), the trajectory in place of the last w, and a loose stop."""
    X, y, lr = case.args
    tol, max_iter = case.kwargs["tol"], case.kwargs["max_iter"]
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    limit = len(X) / np.linalg.eigvalsh(X.T @ X)[-1]  # 2/L
    if got.ndim == 2 and got.shape[1:] == expected.shape and np.allclose(got[-1], expected, rtol=1e-6, atol=1e-6):
        return T(
            es=f"Devolviste la trayectoria entera ({got.shape[0]} filas): el ejercicio pide solo el último w, un "
            f"arreglo de forma {expected.shape}. Guarda w en una variable y devuélvela al final.",
            en=f"You returned the whole trajectory ({got.shape[0]} rows): the exercise asks for the last w only, an "
            f"array of shape {expected.shape}. Keep w in one variable and return it at the end.",
        )
    if got.shape != expected.shape:
        return None
    if not np.isfinite(got).all() or np.linalg.norm(got) > 1e6 * max(1.0, np.linalg.norm(expected)):
        return T(
            es=f"Tu w se desbordó (NaN, infinito o enorme): el descenso divergió. Compara lr = {lr:.4g} con "
            f"2/L = {limit:.4g}: con la tasa que te dan no debería pasar, así que tu paso real es más largo. "
            "¿Tu gradiente divide entre n (la media) y no solo suma?",
            en=f"Your w overflowed (NaN, infinity or huge): descent diverged. Compare lr = {lr:.4g} with "
            f"2/L = {limit:.4g}: with the rate you are given it should not happen, so your real step is longer. "
            "Does your gradient divide by n (the mean) rather than just sum?",
        )
    gradient_norm = float(np.linalg.norm(2 / len(y) * X.T @ (X @ got - y)))
    if max_iter > 3 and gradient_norm > 10 * tol:
        return T(
            es=f"Tu w no está en el mínimo: ahí ‖∇J(w)‖ = {gradient_norm:.3g}, y la regla pide ‖∇J(w)‖ ≤ tol = "
            f"{tol:g}. ¿Tu bucle se detuvo por otra cosa, como que J o w casi no cambiaran? Eso pasa en un valle "
            "largo y plano mucho antes de llegar: detente solo por la norma del gradiente (o por max_iter).",
            en=f"Your w is not at the minimum: there ‖∇J(w)‖ = {gradient_norm:.3g}, and the rule asks for "
            f"‖∇J(w)‖ ≤ tol = {tol:g}. Did your loop stop on something else, such as J or w hardly changing? In "
            "a long, flat valley that happens well before arriving: stop only on the gradient's norm (or on "
            "max_iter).",
        )
    return None
