"""Checks for numerical_derivative(f, x, h): the central difference."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cubic(x):
    return x**3 - 2 * x


def cases():
    return [
        Case(T.same("f(x) = x³ − 2x,  x = 2,  h = 0.1"), (cubic, 2.0, 0.1), rtol=1e-9),
        Case(T.same("f(x) = sin(x),  x = 1,  h = 0.01"), (np.sin, 1.0, 0.01), rtol=1e-9),
        Case(T.same("f(x) = exp(x),  x = 0,  h = 0.001"), (np.exp, 0.0, 0.001), rtol=1e-9),
        Case(
            T(
                es="f(x) = sin(x) en un arreglo x = [0, 0.5, 1, 2],  h = 0.01",
                en="f(x) = sin(x) on an array x = [0, 0.5, 1, 2],  h = 0.01",
            ),
            (np.sin, np.array([0.0, 0.5, 1.0, 2.0]), 0.01),
            rtol=1e-9,
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the one-sided differences, the missing 2, and parentheses missing around the numerator or the denominator."""
    f, x, h = case.args
    x = np.asarray(x, dtype=float)
    got = np.asarray(got, dtype=float)
    if np.shape(got) != np.shape(expected):
        return None
    expected = np.asarray(expected, dtype=float)

    def matches(candidate):
        return np.allclose(got, candidate, rtol=1e-9) and not np.allclose(candidate, expected, rtol=1e-9)

    if matches(f(x + h) - f(x - h) / (2 * h)):
        return T(
            es="Falta un paréntesis en el numerador: escribiste f(x + h) − f(x − h) / (2 * h), y Python divide "
            "antes de restar, así que solo f(x − h) queda dividido entre 2h. Encierra la resta completa: "
            "(f(x + h) − f(x − h)) / (2 * h).",
            en="A parenthesis is missing in the numerator: you wrote f(x + h) − f(x − h) / (2 * h), and Python "
            "divides before it subtracts, so only f(x − h) is divided by 2h. Wrap the whole difference: "
            "(f(x + h) − f(x − h)) / (2 * h).",
        )
    if matches((f(x + h) - f(x)) / h):
        return T(
            es="Calculaste la diferencia hacia adelante (progresiva), (f(x + h) − f(x)) / h. La central usa un "
            "punto a cada lado: (f(x + h) − f(x − h)) / (2h), y su error es O(h²) en vez de O(h).",
            en="You computed the forward difference, (f(x + h) − f(x)) / h. The central one uses a point on each "
            "side: (f(x + h) − f(x − h)) / (2h), and its error is O(h²) instead of O(h).",
        )
    if matches((f(x) - f(x - h)) / h):
        return T(
            es="Calculaste la diferencia hacia atrás (regresiva), (f(x) − f(x − h)) / h. Usa los dos vecinos: "
            "(f(x + h) − f(x − h)) / (2h).",
            en="You computed the backward difference, (f(x) − f(x − h)) / h. Use both neighbours: "
            "(f(x + h) − f(x − h)) / (2h).",
        )
    if matches(2 * expected):
        return T(
            es="Tu resultado es el doble del correcto: los dos puntos están a distancia 2h, así que divide entre "
            "2h, no entre h.",
            en="Your result is twice the right one: the two points are 2h apart, so divide by 2h, not by h.",
        )
    if matches((f(x + h) - f(x - h)) / 2 * h):
        return T(
            es="Parece que escribiste `/ 2 * h`: Python lo lee como (… / 2) · h. Usa paréntesis: `/ (2 * h)`.",
            en="It looks like you wrote `/ 2 * h`: Python reads it as (… / 2) · h. Use parentheses: `/ (2 * h)`.",
        )
    return None
