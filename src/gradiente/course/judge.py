"""The trusted side of a check: the reference, the cases, the expected values and the verdict.

The judge runs in the CLI's or the hub's own process and never runs learner code. It
sends the learner's process (:mod:`gradiente.course.sandbox`) the code and, one case at a
time, the inputs, and gets back outputs as data; it compares them with the reference's
outputs, which never leave this process. Whatever comes back (nothing, garbage, a forged
reply, a process that vanished), the verdict is built here, from what the judge knows.

Every outcome is a plain dict shaped like :class:`gradiente.course.result.GradeResult`.
"""

from __future__ import annotations

import copy
import inspect
import math
import runpy
import socket
import textwrap
import time
import types
from typing import Any, Callable, Protocol

import numpy as np

from gradiente.course import wire
from gradiente.course.checking import Case, Mismatch, Placeholder, Raised, difference, show
from gradiente.course.i18n import T
from gradiente.course.manifest import Exercise
from gradiente.course.result import ERROR, FAIL, PASS

OUTPUT_CAP = 20_000  # characters of printed output kept, whatever the learner's process claims
BOOT_LIMIT = 15.0  # seconds for the learner's process to start (a loaded laptop can be slow)
GRACE = 2.0  # seconds past the learner's own soft limit before the judge stops waiting


class Conversation(Protocol):
    """What the judge needs of a sandbox: a socket to talk on, and how the learner's process ended."""

    conn: socket.socket

    def ending(self) -> dict: ...

    def low_level_output(self) -> str: ...


class CheckNotWrittenError(ValueError):
    """A check file still holds placeholder cases (``gradiente dev new-exercise`` writes three)."""


class Trusted:
    """An exercise's reference and cases, loaded in the judge's process only.

    ``expected`` holds the reference's answers (for a ``raises`` case, the error it raised);
    ``compared`` the same, through each case's ``normalize``.
    """

    def __init__(self, exercise: Exercise):
        self.exercise = exercise
        self.checks = runpy.run_path(str(exercise.check_path))
        self.cases = list(self.checks["cases"]())
        unwritten = [case.label.en for case in self.cases if isinstance(case, Placeholder)]
        if unwritten:
            raise CheckNotWrittenError(
                f"{exercise.check_path} still has {len(unwritten)} placeholder case(s): "
                + "; ".join(unwritten)
                + ". Write them as Case(T(es=..., en=...), args)."
            )
        self.reference: Callable = runpy.run_path(str(exercise.solution_path))[exercise.function]
        self.diagnose = self.checks.get("diagnose")
        self.inputs = InputFunctions(self.checks)
        self.encoded = [
            (wire.encode(case.args, self.inputs.name_of), wire.encode(case.kwargs, self.inputs.name_of))
            for case in self.cases
        ]
        self.expected = [self._expect(number, case) for number, case in enumerate(self.cases, start=1)]
        self.compared = [
            expected if case.normalize is None or case.raises else case.normalize(copy.deepcopy(expected))
            for case, expected in zip(self.cases, self.expected)
        ]

    def _expect(self, number: int, case: Case) -> Any:
        if not case.raises:
            return self.reference(*copy.deepcopy(case.args), **copy.deepcopy(case.kwargs))
        try:
            answer = self.reference(*copy.deepcopy(case.args), **copy.deepcopy(case.kwargs))
        except case.expected_errors as error:
            return error
        raise ValueError(
            f"{self.exercise.check_path}, case {number} ({case.label.en}): it says the function raises "
            f"{_names(case)}, but the reference returned {show(answer)}"
        )


class InputFunctions:
    """The functions a check passes as inputs (``f`` in ``derivative(f, x)``), sent as source.

    They are course code, not secrets: the learner could call them anyway. Only these, the
    globals they use, and NumPy or math functions by name cross to the learner's process,
    never the check's ``diagnose`` nor the reference.
    """

    def __init__(self, check_module: dict):
        self.module = check_module
        self.functions: dict[str, types.FunctionType] = {}

    def name_of(self, value: Any) -> str:
        name = getattr(value, "__name__", "")
        if getattr(np, name, None) is value:
            return f"np.{name}"
        if getattr(math, name, None) is value:
            return f"math.{name}"
        if inspect.isfunction(value) and self.module.get(name) is value:
            self.functions[name] = value
            return name
        raise TypeError(
            f"the check's input {value!r} cannot be sent to the learner's process: "
            "define it as a top-level function of the check file, or use a NumPy function"
        )

    def message(self) -> dict:
        source, data, modules = [], {}, {}
        queue, seen = list(self.functions), set(self.functions)
        while queue:
            function = self.functions[queue.pop()]
            source.append(textwrap.dedent(inspect.getsource(function)))
            for name in _global_names(function.__code__):
                value = self.module.get(name)
                if inspect.isfunction(value) and name not in seen:
                    self.functions[name] = value
                    seen.add(name)
                    queue.append(name)
                elif inspect.ismodule(value):
                    modules[value.__name__] = name
                elif name in self.module and not inspect.isfunction(value) and not inspect.isclass(value):
                    data[name] = wire.encode(value)
        return {"source": "\n\n".join(source), "data": data, "modules": modules}


def _global_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= _global_names(constant)
    return names


def run(trusted: Trusted, code: str, filename: str, sandbox: Conversation, *, timeout: float, memory_mb: int) -> dict:
    """Grade ``code`` by talking to ``sandbox``; the answer is always a result dict."""
    talk = _Talk(sandbox.conn)
    exercise = trusted.exercise
    job = {
        "exercise": exercise.id,
        "function": exercise.function,
        "timeout": timeout,
        "memory_mb": memory_mb,
        "filename": filename,
        "code": code,
    }
    checks: list[dict] = []
    label = None
    try:
        ready = talk.receive(time.monotonic() + BOOT_LIMIT)
        if "ready" not in ready:
            raise wire.WireError("the learner's process did not start as expected")
        talk.deadline = time.monotonic() + timeout + GRACE
        talk.send(
            {
                "op": "load",
                "source": code,
                "filename": filename,
                "function": exercise.function,
                "timeout": timeout,
                "inputs": trusted.inputs.message(),
            }
        )
        loaded = talk.receive()
        if "raised" in loaded:
            return talk.finish(_learner_raised(job, loaded["raised"], checks, None, while_loading=True))
        if not loaded.get("loaded"):
            return talk.finish(
                _outcome(job, ERROR, _missing_function(exercise.function), [], reason="missing_function")
            )
        for case, (args, kwargs), expected, compared in zip(
            trusted.cases, trusted.encoded, trusted.expected, trusted.compared
        ):
            label = case.label
            talk.send({"op": "call", "args": args, "kwargs": kwargs})
            reply = talk.receive()
            if "raised" in reply and not (case.raises and _raised_an_exception(reply["raised"])):
                return talk.finish(_learner_raised(job, reply["raised"], checks, case.label))
            if case.raises:
                got = _raised(reply["raised"]) if "raised" in reply else wire.decode(reply["value"])
                mismatch = _error_difference(case, got)
            else:
                got = wire.decode(reply["value"])
                mismatch = difference(compared, _normalized(case, got), rtol=case.rtol, atol=case.atol)
            if mismatch is not None and trusted.diagnose is not None:
                better = trusted.diagnose(case, copy.deepcopy(expected), got)
                mismatch = Mismatch(better, mismatch.expected, mismatch.got) if better else mismatch
            checks.append(_check(case.label, mismatch))
            if mismatch is not None:
                return talk.finish(_outcome(job, FAIL, mismatch.message, checks, reason="wrong_answer"))
        passed = T(
            es=f"¡Correcto! Tu función pasó las {len(checks)} comprobaciones.",
            en=f"Correct! Your function passed all {len(checks)} checks.",
        )
        return talk.finish(_outcome(job, PASS, passed, checks))
    except TimeoutError:
        where = (f" en el caso «{label.es}»", f" on the case “{label.en}”") if label else ("", "")
        return talk.finish(timed_out(job, *where, checks))
    except (EOFError, OSError):
        return talk.finish(died(job, sandbox.ending(), sandbox.low_level_output()))
    except wire.WireError as error:
        return talk.finish(
            _outcome(
                job,
                ERROR,
                T(
                    es="El proceso de tu código respondió algo que no es un resultado válido, así que no podemos "
                    "darlo por bueno. ¿Escribió tu código directamente en la conexión con el corrector?",
                    en="Your code's process answered with something that is not a valid result, so it cannot "
                    "count. Did your code write straight into its connection with the grader?",
                ),
                checks,
                reason="malformed",
                details=str(error)[:400],
            )
        )


class _Talk:
    """The conversation, with the printed output gathered (and capped) on the judge's side."""

    def __init__(self, conn):
        self.conn = conn
        self.deadline: float | None = None
        self.output: list[str] = []
        self.kept = 0
        self.total = 0

    def send(self, message: dict) -> None:
        wire.send(self.conn, message)

    def receive(self, deadline: float | None = None) -> dict:
        message = wire.receive(self.conn, deadline or self.deadline)
        printed = message.get("output", "")
        if isinstance(printed, str) and self.kept < OUTPUT_CAP:
            piece = printed[: OUTPUT_CAP - self.kept]
            self.output.append(piece)
            self.kept += len(piece)
        reported = message.get("output_total")
        if isinstance(reported, int) and not isinstance(reported, bool):
            self.total = max(self.total, min(reported, 2**62))
        return message

    def finish(self, result: dict) -> dict:
        result["output"] = "".join(self.output)
        result["output_bytes"] = max(self.total, self.kept)
        return result


def unexpected(exercise_id: str, error: BaseException) -> dict:
    """The grader itself failed: say so plainly (it is our bug, not the learner's)."""
    import traceback

    if isinstance(error, CheckNotWrittenError):  # a course author's TODO, found before any learner code ran
        return _outcome(
            {"exercise": exercise_id},
            ERROR,
            T(
                es="Los casos de este ejercicio aún no están escritos, así que todavía no se puede corregir; "
                "no es culpa de tu código.",
                en="This exercise's cases are not written yet, so it cannot be graded yet; it is not your code's fault.",
            ),
            [],
            reason="unwritten",
            details=str(error),
        )
    return _outcome(
        {"exercise": exercise_id},
        ERROR,
        T(
            es="El corrector falló de forma inesperada; no es culpa de tu código. Avísanos, por favor.",
            en="The grader failed unexpectedly; it is not your code's fault. Please tell us.",
        ),
        [],
        reason="grader",
        details="".join(traceback.format_exception(error))[-4000:],
    )


def timed_out(
    job: dict, where_es: str = "", where_en: str = "", checks: list[dict] | None = None, details: str = ""
) -> dict:
    seconds = job["timeout"]
    return _outcome(
        job,
        ERROR,
        T(
            es=f"Tu código tardó más de {seconds:g} s{where_es} y lo detuvimos. ¿Un bucle que nunca termina "
            "(un `while` cuya condición no cambia)?",
            en=f"Your code took longer than {seconds:g} s{where_en} and was stopped. A loop that never ends "
            "(a `while` whose condition never changes)?",
        ),
        checks or [],
        reason="timeout",
        details=details,
    )


def died(job: dict, ending: dict, low_level: str) -> dict:
    """The learner's process ended mid-check: explain from what its warden saw."""
    import signal

    memory_mb, returncode, killed_for = job["memory_mb"], ending.get("exit"), ending.get("killed_for")
    if killed_for == "memory":
        message, reason = (
            T(
                es=f"Tu código y los procesos que lanzó usaron más de {memory_mb} MB de memoria entre todos, y los detuvimos.",
                en=f"Your code and the processes it started used more than {memory_mb} MB of memory between them, "
                "and were stopped.",
            ),
            "memory",
        )
    elif killed_for == "time":
        return timed_out(job)
    elif isinstance(returncode, int) and returncode < 0:
        try:
            signal_name = signal.Signals(-returncode).name
        except ValueError:
            signal_name = f"signal {-returncode}"
        if -returncode in (signal.SIGKILL, signal.SIGXCPU):
            message, reason = (
                T(
                    es=f"El proceso que corría tu código fue detenido ({signal_name}): usó demasiado tiempo de CPU "
                    f"o demasiada memoria (límite {memory_mb} MB).",
                    en=f"The process running your code was stopped ({signal_name}): it used too much CPU time "
                    f"or too much memory (limit {memory_mb} MB).",
                ),
                "killed",
            )
        else:
            message, reason = (
                T(
                    es=f"El proceso que corría tu código se cayó ({signal_name}). Suele deberse a una biblioteca "
                    "en C usada de forma inválida.",
                    en=f"The process running your code crashed ({signal_name}). This usually comes from a C "
                    "library used in an invalid way.",
                ),
                "crash",
            )
    elif low_level.rstrip().endswith("MemoryError"):
        message, reason = (
            T(
                es=f"Tu código se quedó sin memoria (límite: {memory_mb} MB).",
                en=f"Your code ran out of memory (limit: {memory_mb} MB).",
            ),
            "memory",
        )
    elif isinstance(returncode, int):
        message, reason = (
            T(
                es=f"Tu código terminó el proceso antes de que acabaran las comprobaciones (código de salida {returncode}). "
                "¿Llamaste a os._exit() o exit()? Una función de ejercicio debe devolver su resultado.",
                en=f"Your code ended the process before the checks finished (exit code {returncode}). "
                "Did you call os._exit() or exit()? An exercise function must return its result.",
            ),
            "exit",
        )
    else:
        message, reason = (
            T(
                es="El proceso que corría tu código desapareció antes de terminar las comprobaciones; "
                "no podemos darlo por bueno. Vuelve a intentarlo.",
                en="The process running your code vanished before the checks finished; it cannot count. Try again.",
            ),
            "vanished",
        )
    return _outcome(job, ERROR, message, [], reason=reason, details=low_level)


def _missing_function(name: str) -> T:
    return T(
        es=f"No encontramos la función `{name}` en tu archivo: ¿le cambiaste el nombre o la borraste?",
        en=f"We could not find the function `{name}` in your file: did you rename or delete it?",
    )


def _learner_raised(job: dict, raised: Any, checks: list[dict], label: T | None, while_loading: bool = False) -> dict:
    if not isinstance(raised, dict):
        raise wire.WireError("malformed error report")
    kind, name = str(raised.get("kind", "exception")), str(raised.get("type", "Exception"))[:100]
    text = str(raised.get("message", ""))[:2000]
    details = "\n".join([*_frames(raised.get("frames"), job["code"]), f"{name}: {text}" if text else name])
    where_es = " al cargar tu archivo" if while_loading else (f" en el caso «{label.es}»" if label else "")
    where_en = " while loading your file" if while_loading else (f" on the case “{label.en}”" if label else "")
    if kind == "timeout":
        return timed_out(job, where_es, where_en, checks, details)
    if kind in _RAISED:
        status, es, en, with_details = _RAISED[kind]
        values = {"memory_mb": job["memory_mb"], "max_mb": wire.MAX_MESSAGE // 2**20}
        message = T(es=es.format(where=where_es, **values), en=en.format(where=where_en, **values))
        return _outcome(job, status, message, checks, reason=kind, details=details if with_details else "")
    return _outcome(
        job,
        ERROR,
        T(es=f"Tu código lanzó {name}{where_es}: {text}", en=f"Your code raised {name}{where_en}: {text}"),
        checks,
        reason="exception",
        details=details,
    )


# What the learner's process reported raising -> (status, Spanish, English, show the traceback?).
_RAISED = {
    "todo": (
        FAIL,
        "Este ejercicio aún tiene el TODO: reemplaza `raise NotImplementedError` por tu código.",
        "This exercise still has its TODO: replace `raise NotImplementedError` with your code.",
        False,
    ),
    "exit": (
        ERROR,
        "Tu código llamó a sys.exit(){where}. Una función de ejercicio debe devolver (`return`) su "
        "resultado, no terminar el programa.",
        "Your code called sys.exit(){where}. An exercise function must `return` its result, not end the program.",
        False,
    ),
    "memory": (
        ERROR,
        "Tu código se quedó sin memoria{where} (límite: {memory_mb} MB). ¿Una lista o un arreglo que crece sin fin?",
        "Your code ran out of memory{where} (limit: {memory_mb} MB). A list or an array that grows without end?",
        False,
    ),
    "recursion": (
        ERROR,
        "Recursión infinita{where}: tu función se llama a sí misma sin caso base.",
        "Infinite recursion{where}: your function calls itself with no base case.",
        True,
    ),
    "input": (
        ERROR,
        "Tu código pidió datos por teclado (input()): en los ejercicios los valores llegan como argumentos.",
        "Your code asked for keyboard input (input()): in exercises the values arrive as arguments.",
        False,
    ),
    "too_big": (
        ERROR,
        "Lo que devolvió tu función{where} pesa más de {max_mb} MB: ¿un arreglo mucho más grande de lo pedido?",
        "What your function returned{where} is over {max_mb} MB: an array far larger than asked for?",
        False,
    ),
}


def _frames(frames: Any, code: str) -> list[str]:
    """Traceback lines in the learner's own file, its lines quoted from the code the judge sent."""
    lines = code.splitlines()
    shown = []
    for frame in frames[-5:] if isinstance(frames, list) else []:
        try:
            number, name = int(frame[0]), str(frame[1])[:100]
        except (TypeError, ValueError, IndexError):
            continue
        text = lines[number - 1].strip() if 0 < number <= len(lines) else ""
        shown.append(f"  line {number}, in {name}\n    {text}")
    return shown


def _check(label: T, mismatch: Mismatch | None) -> dict:
    return {
        "label": label.as_dict(),
        "passed": mismatch is None,
        "message": mismatch.message.as_dict() if mismatch else None,
        "expected": mismatch.expected if mismatch else None,
        "got": mismatch.got if mismatch else None,
    }


def _normalized(case: Case, got: Any) -> Any:
    """The learner's answer through the case's ``normalize`` (check code, run here on data); as it
    came when it cannot be normalized (None, a wrong shape), for the comparison to explain."""
    if case.normalize is None:
        return got
    try:
        return case.normalize(copy.deepcopy(got))
    except Exception:  # noqa: BLE001 - whatever the learner returned, the comparison says what is wrong
        return got


def _raised_an_exception(raised: Any) -> bool:
    """The learner's function raised an ordinary exception (not a TODO, a limit, an exit...)."""
    return isinstance(raised, dict) and raised.get("kind") == "exception"


def _raised(raised: dict) -> Raised:
    """What the learner's process says it raised: a type name and the names of its bases, as data.
    NOTE: names are all the judge can know; a learner could name their own class ValueError, which
    only ever proves they raised "a ValueError", the very thing asked."""
    type_name = str(raised.get("type", "Exception"))[:100]
    names = raised.get("names")
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        names = [type_name]
    return Raised(type_name, tuple(name[:100] for name in names[:40]), str(raised.get("message", ""))[:400])


def _names(case: Case) -> str:
    return " or ".join(error.__name__ for error in case.expected_errors)


def _error_difference(case: Case, got: Any) -> Mismatch | None:
    """A ``raises`` case: None if the function raised one of the errors asked for (or a subclass)."""
    wanted = [error.__name__ for error in case.expected_errors]
    shown = " | ".join(wanted)
    if isinstance(got, Raised):
        if any(name in got.names for name in wanted):
            return None
        return Mismatch(
            T(
                es=f"Con esta entrada tu función debe lanzar {' o '.join(wanted)}, pero lanzó {got.type_name}"
                + (f": {got.message}" if got.message else "."),
                en=f"On this input your function must raise {' or '.join(wanted)}, but it raised {got.type_name}"
                + (f": {got.message}" if got.message else "."),
            ),
            shown,
            str(got),
        )
    return Mismatch(
        T(
            es=f'Con esta entrada tu función debe lanzar {" o ".join(wanted)} (con `raise {wanted[0]}("...")`), '
            "pero devolvió un resultado.",
            en=f'On this input your function must raise {" or ".join(wanted)} (with `raise {wanted[0]}("...")`), '
            "but it returned a result.",
        ),
        shown,
        show(got),
    )


def _outcome(job: dict, status: str, message: T, checks: list[dict], reason: str = "", details: str = "") -> dict:
    return {
        "exercise_id": job["exercise"],
        "status": status,
        "message": message.as_dict(),
        "reason": reason,
        "checks": checks,
        "details": details,
    }
