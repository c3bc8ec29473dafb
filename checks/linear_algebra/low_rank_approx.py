"""Checks for low_rank_approx(X, k): X rebuilt from its top k components, mean + U_k Σ_k V_kᵀ.

A hand case that can be done in one's head, digits with k = 1 and 10, k = 64 (every component:
X itself comes back) and k = 0 (nothing kept: every row becomes the mean image).
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits

HAND = np.array([[7.0, 5.0], [5.0, 6.0], [3.0, 5.0], [5.0, 4.0]])


def cases():
    digits = load_digits().data
    return [
        Case(
            T(
                es="a mano: los puntos (7, 5), (5, 6), (3, 5), (5, 4),  k = 1  (cada punto baja al eje x: da (7, 5), (5, 5), (3, 5), (5, 5))",
                en="by hand: the points (7, 5), (5, 6), (3, 5), (5, 4),  k = 1  (each point drops onto the x axis: gives (7, 5), (5, 5), (3, 5), (5, 5))",
            ),
            (HAND, 1),
        ),
        Case(T(es="datos reales: digits,  k = 1", en="real data: digits,  k = 1"), (digits, 1), atol=1e-8),
        Case(T(es="datos reales: digits,  k = 10", en="real data: digits,  k = 10"), (digits, 10), atol=1e-8),
        Case(
            T(
                es="todas las componentes: digits,  k = 64  (tiene que devolver X)",
                en="every component: digits,  k = 64  (it must give X back)",
            ),
            (digits, 64),
            atol=1e-8,
        ),
        Case(
            T(
                es="ninguna componente: digits,  k = 0  (cada fila se vuelve la imagen media)",
                en="no component: digits,  k = 0  (every row becomes the mean image)",
            ),
            (digits, 0),
            atol=1e-8,
        ),
    ]


def diagnose(case, expected, got):
    X, k = case.args
    X = np.asarray(X, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != X.shape:
        return None
    mean = X.mean(axis=0)
    U, S, Vt = np.linalg.svd(X - mean, full_matrices=False)
    if np.allclose(got, expected - mean, rtol=1e-6, atol=1e-6):
        return T(
            es="Tu reconstrucción está centrada en 0: le falta sumar la media. La SVD se hizo sobre Xc = X − media, "
            "así que U_k Σ_k V_kᵀ aproxima Xc; para volver a X suma `X.mean(axis=0)` a cada fila.",
            en="Your reconstruction is centred at 0: the mean is missing. The SVD was of Xc = X − mean, so "
            "U_k Σ_k V_kᵀ approximates Xc; to get back to X add `X.mean(axis=0)` to every row.",
        )
    if k > 0 and np.allclose(got, U[:, :k] @ Vt[:k] + mean, rtol=1e-6, atol=1e-6):
        return T(
            es="Olvidaste Σ: U_k V_kᵀ tiene las direcciones correctas pero no sus longitudes (cada columna de U "
            "mide 1). Multiplica por los valores singulares: (U[:, :k] * S[:k]) @ Vt[:k].",
            en="You forgot Σ: U_k V_kᵀ has the right directions but not their lengths (each column of U has "
            "length 1). Multiply by the singular values: (U[:, :k] * S[:k]) @ Vt[:k].",
        )
    if 0 < k < X.shape[1] and np.allclose(got, (U[:, :k] * S[:k]) @ Vt[:, :k].T + mean, rtol=1e-6, atol=1e-6):
        return T(
            es="Tomaste columnas de Vᵀ (`Vt[:, :k]`) en lugar de filas: en la SVD las direcciones principales son "
            "las *filas* de Vᵀ. Con `Vt[:k]` el producto (n, k) @ (k, d) ya tiene la forma de X, sin trasponer.",
            en="You took columns of Vᵀ (`Vt[:, :k]`) instead of rows: in the SVD the principal directions are the "
            "*rows* of Vᵀ. With `Vt[:k]` the product (n, k) @ (k, d) already has the shape of X, no transpose.",
        )
    return None
