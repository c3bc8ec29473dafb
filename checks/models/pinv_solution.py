"""Checks for pinv_solution(X, y, rcond): a full-rank hand case, digits (rank 61), wine with a copied column."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_wine


def _wine_twice():
    wine = load_wine()
    X = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    X = np.column_stack([X, X[:, 0]])  # alcohol twice: rank 13 of 14 columns
    return X, wine.target.astype(float)


def cases():
    digits = load_digits()
    return [
        Case(
            T(
                es="a mano, rango completo: X = [[1, 0], [0, 2], [0, 0]], y = [3, 4, 5] da w = [3, 2]",
                en="by hand, full rank: X = [[1, 0], [0, 2], [0, 0]], y = [3, 4, 5] gives w = [3, 2]",
            ),
            (np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]), np.array([3.0, 4.0, 5.0])),
        ),
        Case(
            T(
                es="dígitos 8 × 8 (rango 61 de 64: tres píxeles siempre en 0): su coeficiente tiene que ser 0",
                en="8 × 8 digits (rank 61 of 64: three pixels always 0): their coefficient must be 0",
            ),
            (digits.data, digits.target.astype(float)),
        ),
        Case(
            T(
                es="vinos estandarizados con «alcohol» copiado dos veces: las dos copias comparten el peso por igual",
                en="standardised wine with 'alcohol' copied twice: the two copies share the weight equally",
            ),
            _wine_twice(),
        ),
    ]


def diagnose(case, expected, got):
    X = np.asarray(case.args[0], dtype=float)
    got = np.asarray(got, dtype=float)
    if got.shape != expected.shape:
        return T(
            es=f"Tu resultado tiene forma {got.shape} y se esperaba {expected.shape}. Con "
            "U, s, Vt = np.linalg.svd(X, full_matrices=False), w = Vtᵀ · (Uᵀy / s): ¿intercambiaste U y Vt?",
            en=f"Your result has shape {got.shape} and {expected.shape} was expected. With "
            "U, s, Vt = np.linalg.svd(X, full_matrices=False), w = Vtᵀ · (Uᵀy / s): did you swap U and Vt?",
        )
    norm_got = np.linalg.norm(got)
    if not np.all(np.isfinite(got)) or norm_got > 100 * np.linalg.norm(expected):
        return T(
            es=f"‖w‖ = {norm_got:.3g}, y la de norma mínima vale {np.linalg.norm(expected):.3g}: dividiste entre "
            "valores singulares que son 0 (o casi). Eso pasa con inv(XᵀX) o si no pones en 0 el 1/σ de los "
            "σ ≤ rcond·σ_max.",
            en=f"‖w‖ = {norm_got:.3g}, while the minimum-norm one is {np.linalg.norm(expected):.3g}: you divided by "
            "singular values that are 0 (or nearly). That happens with inv(XᵀX) or if you do not set 1/σ to 0 "
            "for σ ≤ rcond·σ_max.",
        )
    del X
    return None
