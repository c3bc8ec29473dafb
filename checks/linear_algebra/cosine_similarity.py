"""Checks for cosine_similarity(u, v): a hand case, right angles and opposite directions, wine rows raw and
standardised (where the answers disagree), a pair of digits in 64 dimensions, and a zero vector (refused)."""

import numpy as np

from gradiente.course.checking import Case, Raised
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_wine


def cases():
    wine = load_wine().data
    standardised = (wine - wine.mean(axis=0)) / wine.std(axis=0)  # ddof=0, as StandardScaler
    digits = load_digits().data
    return [
        Case(
            T(es="a mano: u = (3, 4), v = (0, 2)", en="by hand: u = (3, 4), v = (0, 2)"),
            (np.array([3.0, 4.0]), np.array([0.0, 2.0])),
        ),
        Case(
            T(es="perpendiculares: u = (1, 2, 0), v = (−2, 1, 5)", en="perpendicular: u = (1, 2, 0), v = (−2, 1, 5)"),
            (np.array([1.0, 2.0, 0.0]), np.array([-2.0, 1.0, 5.0])),
        ),
        Case(
            T(es="opuestos: v = −2u", en="opposite: v = −2u"),
            (np.array([1.0, -2.0, 3.0]), np.array([-2.0, 4.0, -6.0])),
        ),
        # Raw, proline (hundreds to 1680) is ≈ 99 % of both rows' norms: two wines of different cultivars
        # look almost identical (cos ≈ 0.9998). Standardised, every feature counts: cos ≈ −0.04.
        Case(
            T(
                es="vinos 0 y 100 (cultivares distintos), datos sin escalar",
                en="wines 0 and 100 (different cultivars), raw data",
            ),
            (wine[0], wine[100]),
        ),
        Case(
            T(es="los mismos vinos 0 y 100, estandarizados", en="the same wines 0 and 100, standardised"),
            (standardised[0], standardised[100]),
        ),
        Case(
            T(
                es="dígitos 0 y 10 (dos ceros escritos a mano, 64 píxeles)",
                en="digits 0 and 10 (two handwritten zeros, 64 pixels)",
            ),
            (digits[0], digits[10]),
        ),
        Case(
            T(es="u es el vector cero: debe lanzar ValueError", en="u is the zero vector: must raise ValueError"),
            (np.zeros(3), np.array([1.0, 2.0, 3.0])),
            raises=ValueError,
        ),
    ]


def _close(a, b):
    return np.allclose(a, b, rtol=1e-6, atol=1e-9)


def diagnose(case, expected, got):
    u, v = (np.asarray(arg, dtype=float) for arg in case.args)
    if case.raises:
        if isinstance(got, Raised):
            return None  # the wrong kind of error: the generic message names both
        return T(
            es=f"Con un vector cero tu función devolvió {got!r} en vez de lanzar un error: 0/0 no es un número. "
            "Un vector de norma 0 no tiene dirección, así que no hay ángulo que medir: comprueba si ‖u‖ o ‖v‖ "
            'es 0 y, si lo es, lanza ValueError("...") con un mensaje que lo explique.',
            en=f"With a zero vector your function returned {got!r} instead of raising an error: 0/0 is not a "
            "number. A vector of norm 0 has no direction, so there is no angle to measure: check whether ‖u‖ "
            'or ‖v‖ is 0 and, if so, raise ValueError("...") with a message that says why.',
        )
    try:
        got = float(np.asarray(got, dtype=float))
    except (TypeError, ValueError):
        return None
    norm_u, norm_v = np.linalg.norm(u), np.linalg.norm(v)
    if _close(got, expected * norm_v) or _close(got, expected * norm_u):
        return T(
            es="Dividiste u·v entre una sola de las normas. El coseno es u·v / (‖u‖ ‖v‖): hay que dividir entre "
            "las dos, para que el resultado no dependa de la longitud de ningún vector.",
            en="You divided u·v by only one of the norms. The cosine is u·v / (‖u‖ ‖v‖): divide by both, so the "
            "answer depends on neither vector's length.",
        )
    if _close(got, (u @ v) / (norm_u**2 * norm_v**2)):
        return T(
            es="Dividiste entre las normas al cuadrado, ‖u‖² ‖v‖² (es decir, entre (u·u)(v·v)). La norma es la "
            "raíz: ‖u‖ = √(u·u). Usa np.linalg.norm(u) o np.sqrt(u @ u).",
            en="You divided by the squared norms, ‖u‖² ‖v‖² (that is, by (u·u)(v·v)). The norm is the square "
            "root: ‖u‖ = √(u·u). Use np.linalg.norm(u) or np.sqrt(u @ u).",
        )
    if _close(np.cos(got), expected) or _close(np.cos(np.radians(got)), expected):
        return T(
            es="Devolviste el ángulo θ (el coseno de tu resultado es el esperado). La similitud coseno es cos θ "
            "mismo: no apliques np.arccos.",
            en="You returned the angle θ (the cosine of your answer is the expected one). Cosine similarity is "
            "cos θ itself: do not apply np.arccos.",
        )
    return None
