"""Checks for lagrange_multiplier(grad_f, grad_h, x_star): the circle, a plane in ℝ³ with a zero component, PCA on iris."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris

_CENTRE = np.array([2.0, 1.0])
_A, _P, _D = np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 3.0]), 1.0  # the plane a·x = d, the point p
_X_IRIS, _ = load_iris(return_X_y=True)
_C_IRIS = np.cov(_X_IRIS, rowvar=False)


def circle_grad_f(x):
    return 2 * (np.asarray(x) - _CENTRE)  # f(x, y) = (x − 2)² + (y − 1)²


def circle_grad_h(x):
    return 2 * np.asarray(x)  # h(x, y) = x² + y² − 1


def plane_grad_f(x):
    return 2 * (np.asarray(x) - _P)  # f(x) = ‖x − p‖²


def plane_grad_h(x):
    return _A.copy()  # h(x) = a·x − d


def pca_grad_f(w):
    return -2 * _C_IRIS @ np.asarray(w)  # f(w) = −wᵀCw (maximise wᵀCw)


def pca_grad_h(w):
    return 2 * np.asarray(w)  # h(w) = wᵀw − 1


def cases():
    x_circle = _CENTRE / np.linalg.norm(_CENTRE)  # the nearest point of the unit circle to (2, 1)
    x_plane = _P - (_A @ _P - _D) / (_A @ _A) * _A  # the nearest point of the plane to p
    _, vectors = np.linalg.eigh(_C_IRIS)
    return [
        Case(
            T(
                es="el círculo x² + y² = 1 y f = (x − 2)² + (y − 1)², en x* = (2, 1)/√5",
                en="the circle x² + y² = 1 and f = (x − 2)² + (y − 1)², at x* = (2, 1)/√5",
            ),
            (circle_grad_f, circle_grad_h, x_circle),
        ),
        Case(
            T(
                es="ℝ³: el punto del plano x₂ + 2x₃ = 1 más cercano a p = (1, 2, 3); ∇h = (0, 1, 2) empieza con 0",
                en="ℝ³: the point of the plane x₂ + 2x₃ = 1 nearest to p = (1, 2, 3); ∇h = (0, 1, 2) starts with 0",
            ),
            (plane_grad_f, plane_grad_h, x_plane),
        ),
        Case(
            T(
                es="iris: máx wᵀCw con ‖w‖ = 1 (f = −wᵀCw, h = wᵀw − 1) en el primer componente principal",
                en="iris: max wᵀCw with ‖w‖ = 1 (f = −wᵀCw, h = wᵀw − 1) at the first principal component",
            ),
            (pca_grad_f, pca_grad_h, vectors[:, -1]),
            rtol=1e-9,
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the sign convention ∇f = ν∇h and the ratio of first components."""
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if not np.isfinite(got):
        return T(
            es="Tu ν es NaN o infinito: dividiste una componente de ∇f entre la misma componente de ∇h, y aquí "
            "∇h tiene un 0 en la primera. Usa todas las componentes: el ν que mejor cumple ∇f + ν∇h = 0 por "
            "mínimos cuadrados.",
            en="Your ν is NaN or infinite: you divided one component of ∇f by the same component of ∇h, and here "
            "∇h has a 0 in the first one. Use every component: the ν that best satisfies ∇f + ν∇h = 0 in the "
            "least-squares sense.",
        )
    if abs(expected) > 1e-12 and np.isclose(got, -expected, rtol=1e-6):
        return T(
            es="Tu ν tiene el signo cambiado: resolviste ∇f = ν∇h. La convención del curso (§1.6) es "
            "L = f + ν h, así que en el óptimo ∇f + ν∇h = 0, es decir ν = −(∇h·∇f)/(∇h·∇h).",
            en="Your ν has the wrong sign: you solved ∇f = ν∇h. The course's convention (§1.6) is L = f + ν h, "
            "so at the optimum ∇f + ν∇h = 0, that is ν = −(∇h·∇f)/(∇h·∇h).",
        )
    return None
