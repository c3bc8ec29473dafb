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
        Case(
            T(es="f(x, y) = x² + 3y²  en  (1, 2)", en="f(x, y) = x² + 3y²  at  (1, 2)"),
            (bowl, np.array([1.0, 2.0])),
            rtol=1e-6,
            atol=1e-8,
        ),
        Case(
            T(es="f(x, y) = xy + sin(x)  en  (0.5, −1)", en="f(x, y) = xy + sin(x)  at  (0.5, −1)"),
            (saddle_mix, np.array([0.5, -1.0])),
            rtol=1e-6,
            atol=1e-8,
        ),
        Case(
            T(es="f(x) = Σ exp(2xᵢ)  en  (1, 0.5, −0.5, 0)", en="f(x) = Σ exp(2xᵢ)  at  (1, 0.5, −0.5, 0)"),
            (exp_sum, np.array([1.0, 0.5, -0.5, 0.0])),
            rtol=1e-6,
            atol=1e-8,
        ),
        # An integer array: np.zeros_like(x) is then an integer array too, and step[i] = 1e-5 stores 0.
        Case(
            T(
                es="f(x, y) = xy + sin(x)  en un arreglo de enteros  x = np.array([1, 2])",
                en="f(x, y) = xy + sin(x)  at an integer array  x = np.array([1, 2])",
            ),
            (saddle_mix, np.array([1, 2])),
            rtol=1e-6,
            atol=1e-8,
        ),
    ]


def diagnose(case, expected, got):
    f, x = case.args
    integer_result = np.asarray(got).dtype.kind in "biu"
    got = np.asarray(got, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        return None
    if np.asarray(x).dtype.kind in "iu" and not got.any() and expected.any():
        return T(
            es="Tu gradiente es cero, pero f sí cambia: como x es un arreglo de enteros, np.zeros_like(x) también "
            "lo es, y step[i] = h guarda 0 (el 1e-5 se trunca). Pide reales: np.zeros_like(x, dtype=float), o "
            "convierte x al principio con np.asarray(x, dtype=float).",
            en="Your gradient is zero, yet f does change: x is an integer array, so np.zeros_like(x) is one too, "
            "and step[i] = h stores 0 (1e-5 is truncated). Ask for floats: np.zeros_like(x, dtype=float), or "
            "convert x first with np.asarray(x, dtype=float).",
        )
    if integer_result:
        return T(
            es="Tu gradiente es un arreglo de enteros: cada derivada parcial se truncó al guardarla (2.54 se vuelve "
            "2). El arreglo donde las guardas heredó el tipo entero de x: créalo con "
            "np.zeros_like(x, dtype=float).",
            en="Your gradient is an array of integers: each partial derivative was truncated when stored (2.54 "
            "becomes 2). The array you store them in inherited x's integer type: create it with "
            "np.zeros_like(x, dtype=float).",
        )
    h = 1e-5
    x = np.asarray(x, dtype=float)
    forward = np.array([(f(x + h * e) - f(x)) / h for e in np.eye(x.size)])
    if np.allclose(got, forward, rtol=1e-4) and not np.allclose(got, expected, rtol=1e-6):
        return T(
            es="Tu gradiente se parece a una diferencia hacia adelante: su error es O(h) y no alcanza la precisión "
            "pedida. Usa la central en cada coordenada: (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h).",
            en="Your gradient looks like a forward difference: its error is O(h) and misses the required accuracy. "
            "Use the central one on each coordinate: (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h).",
        )
    if np.allclose(got, 2 * expected, rtol=1e-5):
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
