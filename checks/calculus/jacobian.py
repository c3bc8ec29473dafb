"""Checks for jacobian(f, x, h=1e-5): a 3×2 hand case, the polar map, a linear map at an integer point."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T

LINEAR_A = np.array([[2.0, -1.0, 0.5], [0.0, 3.0, -2.0]])


def three_outputs(v):
    return np.array([v[0] * v[1], v[0] ** 2 + v[1], np.sin(v[0])])


def polar(v):
    r, theta = v
    return np.array([r * np.cos(theta), r * np.sin(theta)])


def linear(v):
    return LINEAR_A @ v


# A relative tolerance of 1e-6 lets central differences pass with any sensible h,
# and catches a one-sided difference (error ≈ h·f''/2 ≈ 10⁻⁵ here).
def cases():
    return [
        Case(
            T(
                es="f(x, y) = (xy, x² + y, sin x)  en  (1, 2): J es 3 × 2",
                en="f(x, y) = (xy, x² + y, sin x)  at  (1, 2): J is 3 × 2",
            ),
            (three_outputs, np.array([1.0, 2.0])),
            rtol=1e-6,
            atol=1e-8,
        ),
        Case(
            T(
                es="las coordenadas polares (r, θ) ↦ (r cos θ, r sin θ)  en  r = 2, θ = 0.6",
                en="polar coordinates (r, θ) ↦ (r cos θ, r sin θ)  at  r = 2, θ = 0.6",
            ),
            (polar, np.array([2.0, 0.6])),
            rtol=1e-6,
            atol=1e-8,
        ),
        # An integer point: np.zeros_like(x) is then an integer array, and step[j] = 1e-5 stores 0.
        Case(
            T(
                es="un mapa lineal x ↦ Ax (A de 2 × 3) en un arreglo de enteros x = np.array([1, −2, 3]): J = A",
                en="a linear map x ↦ Ax (A is 2 × 3) at an integer array x = np.array([1, −2, 3]): J = A",
            ),
            (linear, np.array([1, -2, 3])),
            rtol=1e-6,
            atol=1e-8,
        ),
    ]


def _columns(f, x, h, one_sided):
    x = np.asarray(x, dtype=float)
    if one_sided:
        return np.column_stack([(f(x + h * e) - f(x)) / h for e in np.eye(x.size)])
    return np.column_stack([(f(x + h * e) - f(x - h * e)) / (2 * h) for e in np.eye(x.size)])


def diagnose(case, expected, got):
    f, x = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    m, n = expected.shape
    if got.shape == (n, m) and np.allclose(got.T, expected, rtol=1e-6, atol=1e-8):
        return T(
            es=f"Tu matriz es la transpuesta: tiene forma {got.shape} y la jacobiana de f: R^{n} → R^{m} es "
            f"{m} × {n}, con una fila por cada salida fᵢ (su gradiente) y una columna por cada entrada xⱼ. "
            "La diferencia de la entrada j es una columna: júntalas con np.column_stack (o transpón al final).",
            en=f"Your matrix is the transpose: it has shape {got.shape}, and the Jacobian of f: R^{n} → R^{m} is "
            f"{m} × {n}, with one row per output fᵢ (its gradient) and one column per input xⱼ. The difference "
            "for input j is a column: put them together with np.column_stack (or transpose at the end).",
        )
    if got.shape == (n,) and np.allclose(got, expected.sum(axis=0), rtol=1e-6, atol=1e-8):
        return T(
            es="Devolviste un vector de forma (n,): sumaste las salidas de f, y eso es el gradiente de "
            "f₁ + … + fₘ, no la jacobiana. Con f vectorial, (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h) es un vector de "
            "m números: guárdalo entero como la columna j de una matriz (m, n).",
            en="You returned a vector of shape (n,): you added up the outputs of f, and that is the gradient of "
            "f₁ + … + fₘ, not the Jacobian. With a vector f, (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h) is a vector of "
            "m numbers: keep all of it as column j of an (m, n) matrix.",
        )
    if got.shape != expected.shape:
        return None
    if np.asarray(x).dtype.kind in "iu" and not got.any() and expected.any():
        return T(
            es="Tu jacobiana es cero, pero f sí cambia: x es un arreglo de enteros, así que np.zeros_like(x) también "
            "lo es y step[j] = h guarda 0. Convierte x al principio con np.asarray(x, dtype=float).",
            en="Your Jacobian is zero, yet f does change: x is an integer array, so np.zeros_like(x) is one too and "
            "step[j] = h stores 0. Convert x first with np.asarray(x, dtype=float).",
        )
    h = 1e-5
    forward = _columns(f, x, h, one_sided=True)
    if np.allclose(got, forward, rtol=1e-4, atol=1e-7) and not np.allclose(got, expected, rtol=1e-6, atol=1e-8):
        return T(
            es="Tu jacobiana se parece a una diferencia hacia adelante, (f(x + h·eⱼ) − f(x)) / h: su error es O(h) y "
            "no alcanza la precisión pedida. Usa la central: (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h).",
            en="Your Jacobian looks like a forward difference, (f(x + h·eⱼ) − f(x)) / h: its error is O(h) and "
            "misses the required accuracy. Use the central one: (f(x + h·eⱼ) − f(x − h·eⱼ)) / (2h).",
        )
    if np.allclose(got, 2 * expected, rtol=1e-5, atol=1e-8):
        return T(
            es="Tu jacobiana es exactamente el doble de la verdadera: divide entre 2h, no entre h.",
            en="Your Jacobian is exactly twice the true one: divide by 2h, not by h.",
        )
    return None
