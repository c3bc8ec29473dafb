"""Inside the grading process: load the learner's code, run it case by case, and explain the first failure.

Every outcome is a plain dict shaped like :class:`gradiente.course.result.GradeResult`,
so the parent process can rebuild it from JSON.
"""

from __future__ import annotations

import copy
import traceback
import types
from pathlib import Path
from typing import Any, Callable

from gradiente.course.checking import compare, show
from gradiente.course.i18n import T
from gradiente.course.result import ERROR, FAIL, PASS


class TimeLimitExceeded(BaseException):
    """Raised inside the learner's code by the runner's alarm (a BaseException, so `except Exception` can't swallow it)."""


def judge(job: dict, reference: Callable, check_module: dict) -> dict:
    loaded = _load_learner(job)
    if isinstance(loaded, dict):
        return loaded
    learner = loaded
    diagnose = check_module.get("diagnose")
    checks: list[dict] = []
    for case in check_module["cases"]():
        expected = reference(*copy.deepcopy(case.args), **copy.deepcopy(case.kwargs))
        try:
            got = learner(*copy.deepcopy(case.args), **copy.deepcopy(case.kwargs))
        except BaseException as error:  # noqa: BLE001 - every failure of learner code is reported
            return _learner_raised(job, error, checks, case.label)
        message = compare(expected, got, rtol=case.rtol, atol=case.atol)
        if message is not None and diagnose is not None:
            message = diagnose(case, expected, got) or message
        checks.append(_check(case.label, message, expected, got))
        if message is not None:
            return _outcome(job, FAIL, message, checks, reason="wrong_answer")
    passed = T(
        es=f"¡Correcto! Tu función pasó las {len(checks)} comprobaciones.",
        en=f"Correct! Your function passed all {len(checks)} checks.",
    )
    return _outcome(job, PASS, passed, checks)


def unexpected(job: dict, error: BaseException) -> dict:
    """The grader itself failed: say so plainly (it is our bug, not the learner's)."""
    return _outcome(
        job, ERROR,
        T(es="El corrector falló de forma inesperada; no es culpa de tu código. Avísanos, por favor.",
          en="The grader failed unexpectedly; it is not your code's fault. Please tell us."),
        [], reason="grader",
        details="".join(traceback.format_exception(error))[-4000:],
    )


def _load_learner(job: dict) -> Callable | dict:
    path = job["learner"]
    source = Path(path).read_text(encoding="utf-8")
    try:
        code = compile(source, path, "exec")
    except SyntaxError as error:
        pointer = f"{(error.text or '').rstrip()}\n{' ' * max((error.offset or 1) - 1, 0)}^"
        return _outcome(
            job, ERROR,
            T(es=f"Error de sintaxis en la línea {error.lineno}: {error.msg}. Python no pudo leer tu archivo.",
              en=f"Syntax error on line {error.lineno}: {error.msg}. Python could not read your file."),
            [], reason="syntax", details=pointer,
        )
    module = types.ModuleType("exercise")
    module.__file__ = path
    try:
        exec(code, module.__dict__)
    except BaseException as error:  # noqa: BLE001
        return _learner_raised(job, error, [], None, while_loading=True)
    function = module.__dict__.get(job["function"])
    if not callable(function):
        return _outcome(
            job, ERROR,
            T(es=f"No encontramos la función `{job['function']}` en tu archivo: ¿le cambiaste el nombre o la borraste?",
              en=f"We could not find the function `{job['function']}` in your file: did you rename or delete it?"),
            [], reason="missing_function",
        )
    return function


def _learner_raised(job: dict, error: BaseException, checks: list[dict], label: T | None, while_loading: bool = False) -> dict:
    where_es = " al cargar tu archivo" if while_loading else (f" en el caso «{label.es}»" if label else "")
    where_en = " while loading your file" if while_loading else (f" on the case “{label.en}”" if label else "")
    if isinstance(error, TimeLimitExceeded):
        seconds = job["timeout"]
        message = T(
            es=f"Tu código tardó más de {seconds:g} s{where_es} y lo detuvimos. ¿Un bucle que nunca termina "
               "(un `while` cuya condición no cambia)?",
            en=f"Your code took longer than {seconds:g} s{where_en} and was stopped. A loop that never ends "
               "(a `while` whose condition never changes)?",
        )
        return _outcome(job, ERROR, message, checks, reason="timeout", details=_learner_traceback(job, error))
    if isinstance(error, NotImplementedError):
        message = T(
            es="Este ejercicio aún tiene el TODO: reemplaza `raise NotImplementedError` por tu código.",
            en="This exercise still has its TODO: replace `raise NotImplementedError` with your code.",
        )
        return _outcome(job, FAIL, message, checks, reason="todo")
    if isinstance(error, SystemExit):
        message = T(
            es=f"Tu código llamó a sys.exit(){where_es}. Una función de ejercicio debe devolver (`return`) su resultado, no terminar el programa.",
            en=f"Your code called sys.exit(){where_en}. An exercise function must `return` its result, not end the program.",
        )
        return _outcome(job, ERROR, message, checks, reason="exit")
    if isinstance(error, MemoryError):
        message = T(
            es=f"Tu código se quedó sin memoria{where_es} (límite: {job['memory_mb']} MB). ¿Una lista o un arreglo que crece sin fin?",
            en=f"Your code ran out of memory{where_en} (limit: {job['memory_mb']} MB). A list or an array that grows without end?",
        )
        return _outcome(job, ERROR, message, checks, reason="memory")
    if isinstance(error, RecursionError):
        message = T(
            es=f"Recursión infinita{where_es}: tu función se llama a sí misma sin caso base.",
            en=f"Infinite recursion{where_en}: your function calls itself with no base case.",
        )
        return _outcome(job, ERROR, message, checks, reason="recursion", details=_learner_traceback(job, error))
    if isinstance(error, EOFError):
        message = T(
            es="Tu código pidió datos por teclado (input()): en los ejercicios los valores llegan como argumentos.",
            en="Your code asked for keyboard input (input()): in exercises the values arrive as arguments.",
        )
        return _outcome(job, ERROR, message, checks, reason="input")
    message = T(
        es=f"Tu código lanzó {type(error).__name__}{where_es}: {error}",
        en=f"Your code raised {type(error).__name__}{where_en}: {error}",
    )
    return _outcome(job, ERROR, message, checks, reason="exception", details=_learner_traceback(job, error))


def _learner_traceback(job: dict, error: BaseException) -> str:
    """Only the frames in the learner's own file: the grader's frames would only confuse."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == job["learner"]]
    lines = [f'  line {frame.lineno}, in {frame.name}\n    {frame.line}' for frame in frames[-5:]]
    return "\n".join(lines + [f"{type(error).__name__}: {error}"])


def _check(label: T, message: T | None, expected: Any, got: Any) -> dict:
    return {
        "label": label.as_dict(),
        "passed": message is None,
        "message": message.as_dict() if message else None,
        "expected": show(expected) if message else None,
        "got": show(got) if message else None,
    }


def _outcome(job: dict, status: str, message: T, checks: list[dict], reason: str = "", details: str = "") -> dict:
    return {
        "exercise_id": job["exercise"],
        "status": status,
        "message": message.as_dict(),
        "reason": reason,
        "checks": checks,
        "details": details,
    }
