"""How an exercise's answer is compared with the reference solution, and explained when it differs.

A check file (``checks/<module>/<exercise>.py``) defines ``cases()``, a list of :class:`Case`,
and may define ``diagnose(case, expected, got)`` returning a :class:`T` for a mistake typical
of that exercise. The grader calls the reference and the learner's function on each case and
stops at the first difference; :func:`compare` checks the shape first, then the values, then
looks for the usual slips (a factor of 2 or -1, a transposed matrix, one step too many).

A case can also ask for an error (``raises=ValueError``: the function must raise it, or a
subclass), compare a tuple of results element by element (``return w, b``), and bring both
answers to one form before comparing them (``normalize=``: eigenvectors up to sign, roots in
any order). Its label is always written in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from gradiente.course.i18n import T

# What the learner's process reports by kind of its own (a TODO, a time or memory limit, an exit,
# keyboard input): a case cannot ask for these, they never reach the comparison.
_NOT_CHECKABLE = (NotImplementedError, SystemExit, KeyboardInterrupt, MemoryError, RecursionError, EOFError)


@dataclass(frozen=True)
class Case:
    """One input on which the learner's function must agree with the reference.

    ``raises``: an exception class (or a tuple of them) the function must raise on this input,
    as the reference does; a subclass counts. ``normalize``: a function applied to the
    reference's answer and to the learner's before comparing them (it runs in the judge, on
    data). When a check has a ``diagnose``, on a ``raises`` case it gets what the function
    returned, or a :class:`Raised` describing what it raised instead.
    """

    label: T
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    rtol: float = 1e-7
    atol: float = 1e-10
    raises: type[BaseException] | tuple[type[BaseException], ...] | None = None
    normalize: Callable[[Any], Any] | None = None

    def __post_init__(self) -> None:
        problem = label_problem(self.label)
        if problem is not None:
            raise ValueError(problem)
        if self.raises is not None:
            for error in self.expected_errors:
                if not (isinstance(error, type) and issubclass(error, BaseException)):
                    raise TypeError(f"Case(raises=...) takes an exception class or a tuple of them; got {error!r}")
                if issubclass(error, _NOT_CHECKABLE):
                    raise ValueError(
                        f"Case(raises={error.__name__}) cannot be checked: the grader reports "
                        f"{error.__name__} as a failure of its own (a TODO, a limit, an exit)"
                    )
        if self.normalize is not None and not callable(self.normalize):
            raise TypeError(f"Case(normalize=...) takes a function; got {self.normalize!r}")

    @property
    def expected_errors(self) -> tuple[type[BaseException], ...]:
        if self.raises is None:
            return ()
        return self.raises if isinstance(self.raises, tuple) else (self.raises,)


class Placeholder(Case):
    """A case still to be written (``gradiente dev new-exercise`` makes three): grading refuses to start."""


def placeholder(what: T) -> Placeholder:
    """A case to write later; ``what`` says which (a hand case, real data, an edge case)."""
    return Placeholder(T(es=f"POR ESCRIBIR: {what.es}", en=f"TO WRITE: {what.en}"))


@dataclass(frozen=True)
class Raised:
    """What the learner's function raised, as its process reported it (data, never an exception object)."""

    type_name: str
    names: tuple[str, ...]  # its class and its bases, by name
    message: str = ""

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


@dataclass(frozen=True)
class Mismatch:
    """Why one case failed: a teaching message, plus what was expected and what was got."""

    message: T
    expected: str
    got: str


# --- labels ---------------------------------------------------------------------------------

# Words a label may hold in both languages alike: function names and the course's symbols.
MATH_WORDS = frozenset(
    """
    sin cos tan arcsin arccos arctan sinh cosh tanh exp log ln sqrt abs max min argmax argmin sum mean
    det tr rank norm std var cov lr tol np inf nan dtype float int bool relu sigmoid softmax
""".split()
)
# Words that cannot be Spanish (under a Spanish label), and that cannot be English.
_ENGLISH_ONLY = frozenset("at on the and with of from for to by is are steps step only without array".split())
_SPANISH_ONLY = frozenset(
    "en de del el la los las un una con por para desde hasta pasos paso solo arreglo cuando entre".split()
)
_CODE_SPAN = re.compile(r"`[^`]*`")
_WORD = re.compile(r"(?<![\w.])([A-Za-zÁÉÍÓÚáéíóúÑñÜü]+)(?![\w(.])")


def _words(text: str) -> list[str]:
    """The plain words of a label: not code in backticks, not names followed by ( or ., not identifiers."""
    return [word for word in _WORD.findall(_CODE_SPAN.sub(" ", text))]


def label_problem(label: object) -> str | None:
    """What is wrong with a case's label, or None: it must be a :class:`T`, with no word of one
    language under the other (a label the same in both may hold only formulas and math names)."""
    if not isinstance(label, T):
        return f"a case's label is T(es=..., en=...), in both languages; got {label!r}"
    if label.es == label.en:
        # Short letter groups are products of symbols (xy, ab); longer ones, or known words, are words.
        words = sorted(
            {
                word
                for word in _words(label.es)
                if word.lower() in _ENGLISH_ONLY | _SPANISH_ONLY or len(word) > 3 and word.lower() not in MATH_WORDS
            }
        )
        if words:
            return (
                f"the label {label.es!r} reads the same in both languages but has words ({', '.join(words)}): "
                "write T(es=..., en=...) with each language's words (T.same is for formulas only)"
            )
        return None
    english = sorted({word for word in _words(label.es) if word.lower() in _ENGLISH_ONLY})
    if english:
        return f"the Spanish label {label.es!r} has English words ({', '.join(english)}): translate them"
    spanish = sorted({word for word in _words(label.en) if word.lower() in _SPANISH_ONLY})
    if spanish:
        return f"the English label {label.en!r} has Spanish words ({', '.join(spanish)}): translate them"
    return None


# --- comparing ----------------------------------------------------------------------------


def show(value: Any, limit: int = 400) -> str:
    """A short, readable rendering of a value for feedback."""
    if isinstance(value, tuple):  # several results (return w, b): each shown as itself
        text = "(" + ", ".join(show(item, limit) for item in value) + ("," if len(value) == 1 else "") + ")"
    elif isinstance(value, np.ndarray) or isinstance(value, list) and _is_numeric_sequence(value):
        text = np.array2string(np.asarray(value), precision=6, threshold=24, edgeitems=3, separator=", ")
        text = f"{text}  (shape {np.shape(value)})"
    elif isinstance(value, (float, np.floating)):
        text = f"{float(value):.10g}"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_numeric_sequence(value: list) -> bool:
    try:
        return np.asarray(value).dtype.kind in "biuf"
    except (ValueError, TypeError):
        return False


def compare(expected: Any, got: Any, *, rtol: float = 1e-7, atol: float = 1e-10) -> T | None:
    """None when ``got`` matches ``expected`` within tolerance, else a message saying how it differs.

    A tuple (``return w, b``) is compared element by element, and the message names the element.
    """
    mismatch = difference(expected, got, rtol=rtol, atol=atol)
    return None if mismatch is None else mismatch.message


def difference(expected: Any, got: Any, *, rtol: float = 1e-7, atol: float = 1e-10) -> Mismatch | None:
    """How ``got`` differs from ``expected``: the message, and the two values shown (for a tuple, the
    first element that differs); None when they agree."""
    if isinstance(expected, tuple) and got is not None:
        return _tuple_difference(expected, got, rtol, atol, "")
    message = _compare_values(expected, got, rtol, atol)
    return None if message is None else Mismatch(message, show(expected), show(got))


def _tuple_difference(expected: tuple, got: Any, rtol: float, atol: float, path: str) -> Mismatch | None:
    size = len(expected)
    where_es, where_en = (f"En `resultado{path}`: ", f"In `result{path}`: ") if path else ("", "")
    if not isinstance(got, (tuple, list)):
        kind = (
            (f"un arreglo de forma {np.shape(got)}", f"an array of shape {np.shape(got)}")
            if isinstance(got, np.ndarray)
            else _kind(got)
        )
        return Mismatch(
            T(
                es=f"{where_es}Se esperaba una tupla de {size} valores (como `return a, b`), pero tu función devolvió {kind[0]}.",
                en=f"{where_en}Expected a tuple of {size} values (as in `return a, b`), but your function returned {kind[1]}.",
            ),
            show(expected),
            show(got),
        )
    if len(got) != size:
        return Mismatch(
            T(
                es=f"{where_es}Tu función devolvió {len(got)} valores y se esperaban {size}: revisa qué pones después de `return`.",
                en=f"{where_en}Your function returned {len(got)} values where {size} were expected: check what follows `return`.",
            ),
            show(expected),
            show(got),
        )
    for index, (wanted, item) in enumerate(zip(expected, got)):
        inner = f"{path}[{index}]"
        if isinstance(wanted, tuple) and item is not None:
            mismatch = _tuple_difference(wanted, item, rtol, atol, inner)
        else:
            message = _compare_values(wanted, item, rtol, atol)
            mismatch = (
                None
                if message is None
                else Mismatch(
                    T(es=f"En `resultado{inner}`: {message.es}", en=f"In `result{inner}`: {message.en}"),
                    show(wanted),
                    show(item),
                )
            )
        if mismatch is not None:
            return mismatch
    return None


def _kind(value: Any) -> tuple[str, str]:
    name = getattr(value, "type_name", type(value).__name__)  # an Opaque stands in for a non-data value
    return f"un {name}", f"a {name}"


def _compare_values(expected: Any, got: Any, rtol: float, atol: float) -> T | None:
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
        kind = _kind(got)
        return T(
            es=f"Se esperaba un número o un arreglo de números, pero tu función devolvió {kind[0]}.",
            en=f"Expected a number or an array of numbers, but your function returned {kind[1]}.",
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
    if (
        got.ndim == expected.ndim >= 1
        and got.shape[1:] == expected.shape[1:]
        and abs(got.shape[0] - expected.shape[0]) == 1
    ):
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
