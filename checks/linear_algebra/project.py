"""Checks for project(u, onto): hand cases in 2-D, the same line given by a longer opposite vector, a
perpendicular u (shadow 0), an iris flower onto the mean flower, and the zero vector as `onto` (refused)."""

import numpy as np

from gradiente.course.checking import Case, Raised
from gradiente.course.i18n import T
from gradiente.datasets import load_iris


def cases():
    iris = load_iris().data
    return [
        Case(T(es="a mano: u = (2, 3) sobre (4, 0)", en="by hand: u = (2, 3) onto (4, 0)"), ([2.0, 3.0], [4.0, 0.0])),
        Case(T(es="a mano: u = (3, 1) sobre (1, 1)", en="by hand: u = (3, 1) onto (1, 1)"), ([3.0, 1.0], [1.0, 1.0])),
        Case(
            T(
                es="la misma recta con otro vector: u = (3, 1) sobre (−5, −5)",
                en="the same line from another vector: u = (3, 1) onto (−5, −5)",
            ),
            (np.array([3.0, 1.0]), np.array([-5.0, -5.0])),
        ),
        Case(
            T(es="u perpendicular: u = (1, −1) sobre (1, 1)", en="u perpendicular: u = (1, −1) onto (1, 1)"),
            (np.array([1.0, -1.0]), np.array([1.0, 1.0])),
        ),
        Case(
            T(
                es="iris: la flor 106 sobre la flor media (4 medidas en cm)",
                en="iris: flower 106 onto the mean flower (4 measurements in cm)",
            ),
            (iris[106], iris.mean(axis=0)),
        ),
        Case(
            T(es="onto es el vector cero: debe lanzar ValueError", en="onto is the zero vector: must raise ValueError"),
            (np.array([1.0, 2.0]), np.zeros(2)),
            raises=ValueError,
        ),
    ]


def _close(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and np.allclose(a, b, rtol=1e-6, atol=1e-9)


def diagnose(case, expected, got):
    u, v = (np.asarray(arg, dtype=float) for arg in case.args)
    if case.raises:
        if isinstance(got, Raised):
            return None
        return T(
            es="Con onto = 0 tu función devolvió un resultado en vez de lanzar un error. El vector cero no define "
            "ninguna recta (v·v = 0 y la fórmula divide entre 0): comprueba v·v y lanza ValueError con un "
            "mensaje que lo explique.",
            en="With onto = 0 your function returned a result instead of raising an error. The zero vector "
            "spans no line (v·v = 0 and the formula divides by 0): check v·v and raise ValueError with a "
            "message that says why.",
        )
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim == 0:
        return T(
            es="Devolviste un solo número: el coeficiente (u·v)/(v·v), o la longitud de la sombra. La proyección "
            "es un vector, ese coeficiente multiplicado por v: (u·v / v·v) · v.",
            en="You returned a single number: the coefficient (u·v)/(v·v), or the length of the shadow. The "
            "projection is a vector, that coefficient times v: (u·v / v·v) · v.",
        )
    if _close(got, (v @ u) / (u @ u) * u):
        return T(
            es="Proyectaste `onto` sobre u, al revés. proj_v u es la sombra de u sobre la recta de v: el "
            "resultado es un múltiplo de v, (u·v / v·v) · v.",
            en="You projected `onto` on u, the wrong way round. proj_v u is the shadow of u on the line of v: "
            "the answer is a multiple of v, (u·v / v·v) · v.",
        )
    if np.any(expected != 0) and _close(got, expected * np.linalg.norm(v)):
        return T(
            es="Tu vector es ‖v‖ veces el esperado: dividiste entre ‖v‖ en vez de entre ‖v‖² = v·v. Hacen falta "
            "dos ‖v‖: una para que v sea unitario y otra para medir la sombra con ese vector unitario, "
            "(u·v̂) v̂ = (u·v / ‖v‖²) v.",
            en="Your vector is ‖v‖ times the expected one: you divided by ‖v‖ instead of ‖v‖² = v·v. Two ‖v‖ "
            "are needed: one to make v a unit vector and one to measure the shadow along it, "
            "(u·v̂) v̂ = (u·v / ‖v‖²) v.",
        )
    if np.any(expected != 0) and _close(got, expected * (v @ v)):
        return T(
            es="Tu vector es (u·v) v, sin dividir entre v·v: así la respuesta crece si alargas v, aunque la recta "
            "sea la misma. Divide entre v·v = ‖v‖².",
            en="Your vector is (u·v) v, not divided by v·v: that way the answer grows when v gets longer, "
            "though the line is the same. Divide by v·v = ‖v‖².",
        )
    if _close(got, u - expected):
        return T(
            es="Devolviste la parte perpendicular, u − proj_v u. La proyección es la otra parte, la que está "
            "sobre la recta de v.",
            en="You returned the perpendicular part, u − proj_v u. The projection is the other part, the one "
            "lying on v's line.",
        )
    return None
