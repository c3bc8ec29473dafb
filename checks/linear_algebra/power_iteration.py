"""Checks for power_iteration(A, v0, n_iter): the unit vector after n_iter normalised steps.

An eigenvector is unique only up to sign (and a negative λ₁ flips v at every step), so both answers are
brought to one sign before comparing: the entry largest in absolute value positive, as `linalg.PCA` does.
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def fixed_sign(v):
    v = np.asarray(v, dtype=float)
    if v.size == 0 or not np.isfinite(v).all():
        return v
    return -v if v.flat[np.argmax(np.abs(v))] < 0 else v


def iris_covariance():
    return np.cov(load_iris().data, rowvar=False)  # 4 × 4, ddof=1; λ₁ ≈ 4.228, |λ₂/λ₁| ≈ 0.057


def slow_matrix():
    # Q diag(2, 1.9, 1) Qᵀ with Q = I − (2/3)·11ᵀ (a reflection, so Q = Qᵀ = Q⁻¹): |λ₂/λ₁| = 0.95.
    Q = np.eye(3) - 2.0 / 3.0 * np.ones((3, 3))
    return Q @ np.diag([2.0, 1.9, 1.0]) @ Q


def cases():
    return [
        Case(
            T(
                es="a mano: A = [[2, 1], [1, 2]],  v0 = (1, 0),  3 pasos  (da (14, 13)/√365)",
                en="by hand: A = [[2, 1], [1, 2]],  v0 = (1, 0),  3 steps  (gives (14, 13)/√365)",
            ),
            (np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([1.0, 0.0]), 3),
            normalize=fixed_sign,
        ),
        Case(
            T(
                es="datos reales: la covarianza de iris (4 × 4),  v0 = (1, 1, 1, 1),  10 pasos  (|λ₂/λ₁| ≈ 0.057: rápida)",
                en="real data: the iris covariance (4 × 4),  v0 = (1, 1, 1, 1),  10 steps  (|λ₂/λ₁| ≈ 0.057: fast)",
            ),
            (iris_covariance(), np.ones(4), 10),
            normalize=fixed_sign,
        ),
        Case(
            T(
                es="convergencia lenta: λ = 2, 1.9, 1  (|λ₂/λ₁| = 0.95),  v0 = (1, 0, 0),  60 pasos",
                en="slow convergence: λ = 2, 1.9, 1  (|λ₂/λ₁| = 0.95),  v0 = (1, 0, 0),  60 steps",
            ),
            (slow_matrix(), np.array([1.0, 0.0, 0.0]), 60),
            normalize=fixed_sign,
        ),
        Case(
            T(
                es="λ₁ negativo: A = [[−3, 1], [1, 1]],  v0 = (1, 1),  7 pasos  (el signo de v cambia en cada paso)",
                en="negative λ₁: A = [[−3, 1], [1, 1]],  v0 = (1, 1),  7 steps  (the sign of v flips at each step)",
            ),
            (np.array([[-3.0, 1.0], [1.0, 1.0]]), np.array([1.0, 1.0]), 7),
            normalize=fixed_sign,
        ),
        Case(
            T(
                es="cero pasos: A = [[2, 1], [1, 2]],  v0 = (3, 4)  (devuelve v0/‖v0‖)",
                en="zero steps: A = [[2, 1], [1, 2]],  v0 = (3, 4)  (returns v0/‖v0‖)",
            ),
            (np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([3.0, 4.0]), 0),
            normalize=fixed_sign,
        ),
    ]


def _iterate(A, v0, n_iter):
    v = np.asarray(v0, dtype=float)
    v = v / np.linalg.norm(v)
    for _ in range(n_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
    return v


def _same_up_to_sign(a, b):
    return a.shape == b.shape and (
        np.allclose(a, b, rtol=1e-7, atol=1e-10) or np.allclose(a, -b, rtol=1e-7, atol=1e-10)
    )


def diagnose(case, expected, got):
    A, v0, n_iter = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape or not np.isfinite(got).all():
        return None
    length = np.linalg.norm(got)
    if length > 0 and not np.isclose(length, 1.0) and _same_up_to_sign(got / length, expected):
        if n_iter > 0 and _same_up_to_sign(got, A @ _iterate(A, v0, n_iter - 1)):
            return T(
                es=f"Devolviste A·v sin su última normalización: tu vector apunta bien pero mide {length:.4g} "
                "(≈ |λ₁|), no 1. Devuelve el v ya dividido entre su norma, no el producto w = A·v.",
                en=f"You returned A·v without its last normalisation: your vector points the right way but has "
                f"length {length:.4g} (≈ |λ₁|), not 1. Return v after dividing by its norm, not the product w = A·v.",
            )
        return T(
            es=f"Tu vector apunta en la dirección correcta pero mide {length:.4g}, no 1: te falta normalizar "
            "(v ← A·v / ‖A·v‖) en cada paso. Sin eso, ‖Aᵏ·v0‖ crece o se achica como |λ₁|ᵏ y termina desbordándose.",
            en=f"Your vector points the right way but has length {length:.4g}, not 1: you are not normalising "
            "(v ← A·v / ‖A·v‖) at each step. Without it, ‖Aᵏ·v0‖ grows or shrinks like |λ₁|ᵏ and ends up overflowing.",
        )
    for steps, es, en in ((n_iter - 1, "uno de menos", "one too few"), (n_iter + 1, "uno de más", "one too many")):
        if steps >= 0 and _same_up_to_sign(got, _iterate(A, v0, steps)):
            return T(
                es=f"Tu vector es el de {steps} pasos y se pedían {n_iter}: diste {es}. Normaliza v0 antes del "
                f"bucle y luego da exactamente n_iter pasos (con n_iter = 0, el resultado es v0/‖v0‖).",
                en=f"Your vector is the one after {steps} steps, and {n_iter} were asked for: {en}. Normalise v0 "
                f"before the loop, then take exactly n_iter steps (with n_iter = 0, the result is v0/‖v0‖).",
            )
    return None
