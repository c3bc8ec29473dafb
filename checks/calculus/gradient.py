"""Checks for gradient(f, x): the numerical gradient in n dimensions."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def bowl(x):
    return x[0] ** 2 + 3 * x[1] ** 2


def saddle_mix(x):
    return x[0] * x[1] + np.sin(x[0])


def exp_sum(x):
    return np.sum(np.exp(2 * x))


# The tolerance (1e-6 relative) lets any sensible step h pass with central differences,
# and is tight enough that a one-sided difference (error ~ h·f''/2) does not.
def cases():
    return [
        Case(T.same("f(x, y) = x² + 3y²  at  (1, 2)"), (bowl, np.array([1.0, 2.0])), rtol=1e-6, atol=1e-8),
        Case(T.same("f(x, y) = xy + sin(x)  at  (0.5, −1)"), (saddle_mix, np.array([0.5, -1.0])), rtol=1e-6, atol=1e-8),
        Case(T.same("f(x) = Σ exp(2xᵢ)  at  (1, 0.5, −0.5, 0)"), (exp_sum, np.array([1.0, 0.5, -0.5, 0.0])), rtol=1e-6, atol=1e-8),
    ]


def diagnose(case, expected, got):
    f, x = case.args
    got = np.asarray(got, dtype=float)
    if got.shape != np.shape(expected):
        return None
    h = 1e-5
    forward = np.array([(f(x + h * e) - f(x)) / h for e in np.eye(x.size)])
    if np.allclose(got, forward, rtol=1e-4) and not np.allclose(got, expected, rtol=1e-6):
        return T(
            es="Tu gradiente se parece a una diferencia hacia adelante: su error es O(h) y no alcanza la precisión "
               "pedida. Usa la central en cada coordenada: (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h).",
            en="Your gradient looks like a forward difference: its error is O(h) and misses the required accuracy. "
               "Use the central one on each coordinate: (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h).",
        )
    if np.allclose(got, 2 * np.asarray(expected), rtol=1e-5):
        return T(
            es="Tu gradiente es exactamente el doble del verdadero: divide entre 2h, no entre h.",
            en="Your gradient is exactly twice the true one: divide by 2h, not by h.",
        )
    total = np.sum(expected)
    if np.allclose(got, total, rtol=1e-5) and not np.allclose(expected, total):
        return T(
            es="Todas tus componentes valen lo mismo: parece que moviste todas las coordenadas a la vez. "
               "Para ∂f/∂xᵢ mueve solo la coordenada i (usa un vector eᵢ con un solo 1).",
            en="All your components are equal: it looks like you moved every coordinate at once. "
               "For ∂f/∂xᵢ move coordinate i only (use a vector eᵢ with a single 1).",
        )
    return None
