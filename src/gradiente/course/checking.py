"""How an exercise's answer is compared with the reference solution, and explained when it differs.

A check file (``checks/<module>/<exercise>.py``) defines ``cases()``, a list of :class:`Case`,
and may define ``diagnose(case, expected, got)`` returning a :class:`T` for a mistake typical
of that exercise. The grader calls the reference and the learner's function on each case and
stops at the first difference; :func:`compare` checks the shape first, then the values, then
looks for the usual slips (a factor of 2 or -1, a transposed matrix, one step too many).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gradiente.course.i18n import T


@dataclass(frozen=True)
class Case:
    """One input on which the learner's function must agree with the reference."""

    label: T
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    rtol: float = 1e-7
    atol: float = 1e-10


@dataclass(frozen=True)
class Mismatch:
    """Why one case failed: a teaching message, plus what was expected and what was got."""

    message: T
    expected: str
    got: str


def show(value: Any, limit: int = 400) -> str:
    """A short, readable rendering of a value for feedback."""
    if isinstance(value, np.ndarray) or isinstance(value, (list, tuple)) and _is_numeric_sequence(value):
        text = np.array2string(np.asarray(value), precision=6, threshold=24, edgeitems=3, separator=", ")
        text = f"{text}  (shape {np.shape(value)})"
    elif isinstance(value, (float, np.floating)):
        text = f"{float(value):.10g}"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_numeric_sequence(value: list | tuple) -> bool:
    try:
        return np.asarray(value).dtype.kind in "biuf"
    except (ValueError, TypeError):
        return False


def compare(expected: Any, got: Any, *, rtol: float = 1e-7, atol: float = 1e-10) -> T | None:
    """None when ``got`` matches ``expected`` within tolerance, else a message saying how it differs."""
    if got is None:
        return T(
            es="Tu función devolvió None: ¿te falta un `return` al final?",
            en="Your function returned None: are you missing a `return` at the end?",
        )
    try:
        if isinstance(got, (str, bytes, dict, set)):
            raise TypeError("not numeric")  # NumPy would turn "1.0" into 1.0: never accept text as a number
        got_array = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        kind = getattr(got, "type_name", type(got).__name__)  # an Opaque stands in for a non-data value
        return T(
            es=f"Se esperaba un número o un arreglo de números, pero tu función devolvió un {kind}.",
            en=f"Expected a number or an array of numbers, but your function returned a {kind}.",
        )
    expected_array = np.asarray(expected, dtype=float)
    if got_array.shape != expected_array.shape:
        return _shape_message(expected_array, got_array)
    got_finite = np.isfinite(got_array)
    if not got_finite.all() and np.isfinite(expected_array).all():
        return T(
            es="Tu resultado contiene NaN o infinito donde se esperaban números finitos: "
            "¿divides entre cero o se desborda algún paso?",
            en="Your result contains NaN or infinity where finite numbers were expected: "
            "is there a division by zero, or a step that overflows?",
        )
    if np.allclose(got_array, expected_array, rtol=rtol, atol=atol, equal_nan=True):
        return None
    return _value_message(expected_array, got_array, rtol, atol)


def _shape_message(expected: np.ndarray, got: np.ndarray) -> T:
    if expected.ndim == 2 and got.shape == expected.shape[::-1] and np.allclose(got.T, expected):
        return T(
            es=f"Tu resultado está transpuesto: tiene forma {got.shape} y se esperaba {expected.shape}; "
            "sus valores coinciden con los esperados intercambiando filas y columnas.",
            en=f"Your result is transposed: it has shape {got.shape} where {expected.shape} was expected; "
            "its values match once rows and columns are swapped.",
        )
    if got.ndim == expected.ndim >= 1 and got.shape[1:] == expected.shape[1:] and abs(got.shape[0] - expected.shape[0]) == 1:
        more = got.shape[0] > expected.shape[0]
        return T(
            es=f"Tu resultado tiene {got.shape[0]} elementos y se esperaban {expected.shape[0]}: "
            f"uno de {'más' if more else 'menos'}. Revisa los límites del bucle: "
            "¿incluiste el punto inicial? ¿range(n) o range(n + 1)?",
            en=f"Your result has {got.shape[0]} entries where {expected.shape[0]} were expected: "
            f"one too {'many' if more else 'few'}. Check the loop bounds: "
            "did you include the starting point? range(n) or range(n + 1)?",
        )
    if got.ndim == 0 and expected.ndim > 0:
        return T(
            es=f"Se esperaba un arreglo de forma {expected.shape}, pero tu función devolvió un solo número.",
            en=f"Expected an array of shape {expected.shape}, but your function returned a single number.",
        )
    return T(
        es=f"Forma incorrecta: se esperaba {expected.shape} y se obtuvo {got.shape}.",
        en=f"Wrong shape: expected {expected.shape}, got {got.shape}.",
    )


def _value_message(expected: np.ndarray, got: np.ndarray, rtol: float, atol: float) -> T:
    nonzero = np.abs(expected) > atol
    if nonzero.any():
        ratio = got[nonzero] / expected[nonzero]
        for factor, es, en in (
            (2.0, "exactamente el doble", "exactly twice"),
            (0.5, "exactamente la mitad", "exactly half"),
            (-1.0, "exactamente el opuesto (signo cambiado)", "exactly the negative (flipped sign)"),
        ):
            if np.allclose(ratio, factor, rtol=1e-6) and np.allclose(got, factor * expected, rtol=rtol, atol=atol):
                return T(
                    es=f"Tu resultado es {es} del esperado: busca un factor o un signo que sobra o falta.",
                    en=f"Your result is {en} the expected one: look for a factor or a sign too many or missing.",
                )
    error = np.abs(got - expected)
    worst = np.unravel_index(np.argmax(error), error.shape) if error.ndim else ()
    where_es = f" en la posición {tuple(int(i) for i in worst)}" if worst else ""
    where_en = f" at index {tuple(int(i) for i in worst)}" if worst else ""
    return T(
        es=f"Los valores no coinciden{where_es}: se esperaba {expected[worst]:.10g} y se obtuvo {got[worst]:.10g} "
        f"(tolerancia relativa {rtol:g}).",
        en=f"The values differ{where_en}: expected {expected[worst]:.10g}, got {got[worst]:.10g} "
        f"(relative tolerance {rtol:g}).",
    )
