"""Check an exercise from any notebook or REPL: ``gradiente.check(function)``.

A learner who works in Jupyter, Colab or VS Code writes the function in a cell and calls
``gradiente.check(binomial_pmf)``. The function's *source* (never the live object) is graded
by the same isolated grader as ``gradiente check``, so a function that loops forever or kills
its parent gives a verdict and the kernel lives; the attempt is recorded in the learner's
workspace, found as the CLI finds it.

The source sent to the grader is a small module rebuilt from the function: the imports it
uses (``np`` as ``import numpy as np``), the learner's own helper functions it calls, simple
constants, then the function itself (renamed to the exercise's name when it differs). Anything
else it reads from the notebook (an array, a data set) cannot travel to the grader: the
learner is told to pass it as an argument or build it inside the function.
"""

from __future__ import annotations

import dis
import html
import inspect
import math
import textwrap
import types
from dataclasses import dataclass
from typing import Callable

from gradiente.course.i18n import T, resolve_lang
from gradiente.course.report import KIND, result_html, result_text
from gradiente.course.result import GradeResult

__all__ = ["CheckReport", "Note", "SourceError", "check", "hint", "module_source", "solution"]

_SIMPLE = (int, float, complex, bool, str, bytes, type(None))
_COLOURS = {"success": ("#e8f5e9", "#2e7d32"), "warn": ("#fff8e1", "#b26a00"), "danger": ("#fdecea", "#c62828")}


class SourceError(ValueError):
    """The function cannot be sent to the grader as source; the message (a ``T``) says how to fix it."""

    def __init__(self, message: T):
        super().__init__(message.get("en"))
        self.message = message


@dataclass
class CheckReport:
    """One verdict: prints as text in a terminal, renders as a coloured box in Jupyter."""

    result: GradeResult
    lang: str
    solution: str | None = None
    upcoming: str | None = None

    @property
    def passed(self) -> bool:
        return self.result.passed

    def __repr__(self) -> str:
        text = result_text(self.result, self.lang)
        if self.upcoming:
            text += "\n" + _next_text(self.upcoming).get(self.lang)
        return text

    def _repr_html_(self) -> str:
        background, border = _COLOURS[KIND.get(self.result.status, "danger")]
        body = result_html(self.result, self.lang, self.solution)
        if self.upcoming:
            body += f"<p><em>{html.escape(_next_text(self.upcoming).get(self.lang))}</em></p>"
        return (
            f'<div style="background:{background};border-left:4px solid {border};'
            f'padding:0.4em 1em;border-radius:4px">{body}</div>'
        )


@dataclass
class Note:
    """A hint, a solution or a refusal: text for a terminal, HTML for Jupyter."""

    text: str
    code: bool = False

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        tag = "pre" if self.code else "p"
        return f"<{tag}>{html.escape(self.text)}</{tag}>"


def check(exercise, function=None, *, lang: str | None = None, workspace=None) -> CheckReport | Note:
    """Grade ``function`` as the exercise it is named after: ``check(binomial_pmf)``.

    ``check("binomial_pmf", my_function)`` names the exercise; ``function`` may also be the
    code as a string (a REPL keeps no source of the functions typed into it).
    """
    lang = resolve_lang(lang)
    space = workspace or _workspace()
    if function is None:
        function, exercise = exercise, getattr(exercise, "__name__", None)
        if not callable(function):
            return Note(_MISSING_FUNCTION.get(lang))
    known = _known_exercise(space, exercise, lang)
    if isinstance(known, Note):
        return known
    try:
        code = function if isinstance(function, str) else module_source(function, known.id)
    except SourceError as error:
        return Note(error.message.get(lang))
    result = space.check(known, code=code, source="notebook")
    upcoming = None
    if result.passed:
        following = space.next_exercise()
        upcoming = following.id if following is not None else None
    return CheckReport(result, lang, space.solution(known) if result.passed else None, upcoming)


def hint(exercise_id: str, *, lang: str | None = None, workspace=None) -> Note:
    """The next hint of ``exercise_id`` (the first ones ask, the last ones tell); it is recorded."""
    lang = resolve_lang(lang)
    space = workspace or _workspace()
    known = _known_exercise(space, exercise_id, lang)
    if isinstance(known, Note):
        return known
    shown = space.next_hint(known)
    heading = T(es="Pista {n} de {total}:", en="Hint {n} of {total}:").format(n=shown.index + 1, total=shown.total)
    return Note(f"{heading.get(lang)} {shown.text.get(lang)}")


def solution(exercise_id: str, *, lang: str | None = None, workspace=None) -> Note:
    """The reference solution of ``exercise_id``, once the learner has passed it."""
    from gradiente.course.workspace import WorkspaceError

    lang = resolve_lang(lang)
    space = workspace or _workspace()
    known = _known_exercise(space, exercise_id, lang)
    if isinstance(known, Note):
        return known
    try:
        return Note(space.solution(known), code=True)
    except WorkspaceError as error:
        return Note(error.message.get(lang))


# --- from a live function to a module the grader can import ----------------------------


def module_source(function: Callable, exercise_id: str) -> str:
    """A module defining ``exercise_id``: ``function``'s source with the imports, helpers and constants it uses."""
    if not isinstance(function, types.FunctionType):
        raise SourceError(
            T(
                es=f"Se esperaba una función escrita con `def`; llegó {type(function).__name__}. "
                f"Pásale a gradiente.check la función misma, sin llamarla: check({exercise_id}), no "
                f"check({exercise_id}(...)).",
                en=f"Expected a function written with `def`; got {type(function).__name__}. Pass "
                f"gradiente.check the function itself, without calling it: check({exercise_id}), not "
                f"check({exercise_id}(...)).",
            )
        )
    if function.__name__ == "<lambda>":
        raise SourceError(
            T(
                es=f"Las lambdas no se pueden revisar: escribe `def {exercise_id}(...):` y pasa esa función.",
                en=f"Lambdas cannot be checked: write `def {exercise_id}(...):` and pass that function.",
            )
        )
    imports: dict[str, str] = {}
    constants: dict[str, str] = {}
    definitions: list[str] = []
    _collect(function, imports, constants, definitions, seen=set())
    parts = [line for line in imports.values()] + [f"{name} = {value}" for name, value in constants.items()]
    module = "\n".join(parts) + ("\n\n\n" if parts else "") + "\n\n\n".join(definitions)
    if function.__name__ != exercise_id:
        module += f"\n\n\n{exercise_id} = {function.__name__}\n"
    return module + "\n"


def _collect(function, imports, constants, definitions, seen) -> None:
    """Add ``function``'s source after everything it uses (depth first, each helper once)."""
    seen.add(function)
    source = _source(function)
    for name in sorted(_global_names(function.__code__)):
        if name in imports or name in constants or name == function.__name__:
            continue
        if name not in function.__globals__:
            continue  # a builtin, or undefined: then the grader reports the NameError to the learner
        value = function.__globals__[name]
        if isinstance(value, types.ModuleType):
            imports[name] = (
                f"import {value.__name__}" if value.__name__ == name else f"import {value.__name__} as {name}"
            )
        elif isinstance(value, types.FunctionType) and _written_here(value, function):
            if value not in seen:
                _collect(value, imports, constants, definitions, seen)
        elif _importable(value, name):
            imports[name] = f"from {value.__module__} import {value.__qualname__} as {name}"
        elif _simple(value):
            constants[name] = _literal(value)
        else:
            raise SourceError(_cannot_travel(function.__name__, name, value))
    definitions.append(source)


def _source(function) -> str:
    try:
        return textwrap.dedent(inspect.getsource(function)).strip()
    except (OSError, TypeError):
        raise SourceError(
            T(
                es=f"Python no guardó el código de `{function.__name__}` (pasa con funciones escritas en el "
                "intérprete `>>>`). Escríbela en un archivo y haz `from archivo import ...`, o pásale el código "
                f'como texto: gradiente.check("{function.__name__}", """def ..."""), o usa un notebook.',
                en=f"Python kept no source for `{function.__name__}` (it happens with functions typed at the "
                "`>>>` prompt). Write it in a file and `from file import ...`, or pass the code as text: "
                f'gradiente.check("{function.__name__}", """def ..."""), or use a notebook.',
            )
        ) from None


def _global_names(code: types.CodeType) -> set[str]:
    """The global names the code and its nested functions read (``np`` in ``np.sum``, not ``sum``)."""
    names = {ins.argval for ins in dis.get_instructions(code) if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= _global_names(constant)
    return names


def _written_here(helper, function) -> bool:
    """A helper the learner wrote next to the function (same module), not one from a library."""
    return helper.__module__ == function.__module__


def _importable(value, name) -> bool:
    """A class or function a library defines, that ``from module import qualname`` gives back."""
    module = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None)
    if not module or not qualname or module == "__main__" or "<" in qualname or "." in qualname:
        return False
    try:
        imported = __import__(module, fromlist=[qualname])
        return getattr(imported, qualname, None) is value
    except ImportError:
        return False


def _simple(value) -> bool:
    if isinstance(value, tuple):
        return all(_simple(item) for item in value)
    return isinstance(value, _SIMPLE)


def _literal(value) -> str:
    """Source that rebuilds a simple value; ``float("nan")`` and ``float("inf")`` have no literal."""
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    if isinstance(value, tuple):
        return "(" + "".join(_literal(item) + ", " for item in value) + ")"
    return repr(value)


def _cannot_travel(function_name: str, name: str, value) -> T:
    kind = type(value).__name__
    return T(
        es=f"`{function_name}` usa `{name}` (un {kind}) del notebook, y eso no viaja al evaluador, que corre tu "
        "función aparte, en un proceso limpio. Pásalo como argumento o constrúyelo dentro de la función.",
        en=f"`{function_name}` uses `{name}` (a {kind}) from the notebook, and that does not travel to the "
        "grader, which runs your function apart, in a clean process. Pass it as an argument or build it "
        "inside the function.",
    )


# --- the workspace and the exercise ------------------------------------------------------


def _workspace():
    from gradiente.course.workspace import Workspace

    return Workspace.find()


def _known_exercise(space, exercise_id, lang):
    """The exercise named ``exercise_id``, or a Note with the course's own "no such exercise" and its closest id."""
    from gradiente.course.manifest import UnknownExerciseError

    try:
        return space.course.exercise(str(exercise_id))
    except UnknownExerciseError as error:
        suggestion = error.suggestion or ", ".join(exercise.id for exercise in space.course.exercises[:5]) + ", …"
        return Note(
            error.message.get(lang)
            + " "
            + T(
                es=f'Nombra tu función como el ejercicio, o dilo: gradiente.check("id", tu_funcion). '
                f"¿Quisiste decir: {suggestion}?",
                en=f'Name your function after the exercise, or say which: gradiente.check("id", your_function). '
                f"Did you mean: {suggestion}?",
            ).get(lang)
        )


def _next_text(exercise_id: str) -> T:
    return T(es=f"Siguiente ejercicio: {exercise_id}", en=f"Next exercise: {exercise_id}")


_MISSING_FUNCTION = T(
    es='Pásale a gradiente.check tu función: gradiente.check(binomial_pmf), o gradiente.check("id", función).',
    en='Pass gradiente.check your function: gradiente.check(binomial_pmf), or gradiente.check("id", function).',
)
