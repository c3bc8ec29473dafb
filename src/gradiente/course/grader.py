"""Grade a learner's exercise file in a separate, limited process.

The learner's code never runs inside the CLI or the hub: a child process (see
:mod:`gradiente.course.runner`) runs it under a memory and CPU limit, and this side
enforces the wall-clock limit, so an infinite loop, a crash, ``sys.exit`` or a memory
blow-up ends in a clear :class:`GradeResult`, never in a hang.

>>> result = grade(course.exercise("numerical_derivative"), workspace_file)  # doctest: +SKIP
>>> result.status, result.message.get("en")                                   # doctest: +SKIP
('pass', 'Correct! Your function passed all 4 checks.')
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gradiente.course.i18n import T
from gradiente.course.manifest import Exercise
from gradiente.course.result import ERROR, FAIL, GradeResult

DEFAULT_TIMEOUT = 10.0  # seconds of wall-clock time
DEFAULT_MEMORY_MB = 1024
_GRACE = 2.0  # seconds past the soft limit before the process group is killed
_TAIL = 4000  # characters of low-level output kept when the process dies


def grade(
    exercise: Exercise,
    learner_file: Path,
    *,
    code: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> GradeResult:
    """Run ``exercise``'s checks on the function in ``learner_file`` and return the outcome.

    ``code``, when given, is what is graded (a snapshot: the text a tab submitted), and
    ``learner_file`` only names it in feedback; otherwise the file is read once, here.
    """
    learner_file = Path(learner_file).resolve()
    if code is None and not learner_file.is_file():
        return GradeResult(
            exercise.id, FAIL,
            T(es=f"No existe el archivo {learner_file}. Recupéralo con `gradiente reset {exercise.id}`.",
              en=f"The file {learner_file} does not exist. Get it back with `gradiente reset {exercise.id}`."),
            reason="missing_file",
        )
    with tempfile.TemporaryDirectory(prefix="gradiente-grade-") as scratch:
        scratch_dir = Path(scratch)
        snapshot = scratch_dir / learner_file.name
        snapshot.write_text(code if code is not None else learner_file.read_text(encoding="utf-8"), encoding="utf-8")
        job = {
            "exercise": exercise.id,
            "function": exercise.function,
            "learner": str(snapshot),
            "solution": str(exercise.solution_path),
            "check": str(exercise.check_path),
            "memory_mb": memory_mb,
            "timeout": timeout,
            "cpu_seconds": int(timeout) + 2,
            "result": str(scratch_dir / "result.json"),
        }
        (scratch_dir / "job.json").write_text(json.dumps(job), encoding="utf-8")
        start = time.perf_counter()
        # The child stops itself at `timeout` and reports; this hard limit catches code that
        # never returns to Python (a long C call) and the interpreter's start-up.
        returncode, timed_out = _run(scratch_dir, timeout + _GRACE)
        elapsed = time.perf_counter() - start
        result_file = scratch_dir / "result.json"
        if timed_out:
            return _timeout(exercise.id, timeout, elapsed)
        if result_file.is_file():
            return GradeResult.from_dict(json.loads(result_file.read_text(encoding="utf-8")))
        low_level = (scratch_dir / "output.txt").read_text(encoding="utf-8", errors="replace")[-_TAIL:]
        return _died(exercise.id, returncode, elapsed, memory_mb, low_level)


def _run(scratch_dir: Path, timeout: float) -> tuple[int | None, bool]:
    """Start the runner in its own session (so the whole group can be killed); wait at most ``timeout``."""
    env = dict(os.environ)
    # One BLAS thread: the memory limit then covers the learner's arrays, not idle thread buffers.
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1")
    with open(scratch_dir / "output.txt", "wb") as low_level_output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gradiente.course.runner", str(scratch_dir / "job.json")],
            cwd=scratch_dir,
            stdin=subprocess.DEVNULL,
            stdout=low_level_output,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        try:
            returncode, timed_out = process.wait(timeout=timeout), False
        except subprocess.TimeoutExpired:
            returncode, timed_out = None, True
        _kill_group(process)  # also ends anything the learner's code forked off
        return returncode, timed_out


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _timeout(exercise_id: str, timeout: float, elapsed: float) -> GradeResult:
    return GradeResult(
        exercise_id, ERROR,
        T(es=f"Tu código tardó más de {timeout:g} s y lo detuvimos. ¿Un bucle que nunca termina "
             "(un `while` cuya condición no cambia)?",
          en=f"Your code took longer than {timeout:g} s and was stopped. A loop that never ends "
             "(a `while` whose condition never changes)?"),
        reason="timeout", duration=elapsed,
    )


def _died(exercise_id: str, returncode: int | None, elapsed: float, memory_mb: int, low_level: str) -> GradeResult:
    """The runner ended without writing its result: explain from how it ended."""
    if returncode is not None and returncode < 0:
        signal_name = signal.Signals(-returncode).name
        if -returncode in (signal.SIGKILL, signal.SIGXCPU):
            message = T(
                es=f"El proceso que corría tu código fue detenido ({signal_name}): usó demasiado tiempo de CPU "
                   f"o demasiada memoria (límite {memory_mb} MB).",
                en=f"The process running your code was stopped ({signal_name}): it used too much CPU time "
                   f"or too much memory (limit {memory_mb} MB).",
            )
            reason = "killed"
        else:
            message = T(
                es=f"El proceso que corría tu código se cayó ({signal_name}). Suele deberse a una biblioteca "
                   "en C usada de forma inválida.",
                en=f"The process running your code crashed ({signal_name}). This usually comes from a C "
                   "library used in an invalid way.",
            )
            reason = "crash"
    elif low_level.rstrip().endswith("MemoryError"):
        message = T(
            es=f"Tu código se quedó sin memoria (límite: {memory_mb} MB).",
            en=f"Your code ran out of memory (limit: {memory_mb} MB).",
        )
        reason = "memory"
    else:
        message = T(
            es=f"Tu código terminó el proceso antes de que acabaran las comprobaciones (código de salida {returncode}). "
               "¿Llamaste a os._exit() o exit()? Una función de ejercicio debe devolver su resultado.",
            en=f"Your code ended the process before the checks finished (exit code {returncode}). "
               "Did you call os._exit() or exit()? An exercise function must return its result.",
        )
        reason = "exit"
    return GradeResult(exercise_id, ERROR, message, reason=reason, duration=elapsed, details=low_level)
