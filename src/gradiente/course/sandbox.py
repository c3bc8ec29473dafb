"""The learner's side of a check: a warden process and, under it, the confined learner process.

The judge (:mod:`gradiente.course.judge`, in the CLI or the hub) never lets learner code
into its own memory. It hands a sandbox two sockets: ``conn``, on which the learner
process receives the code and each case's inputs and answers with outputs as data
(:mod:`gradiente.course.wire`), and ``status``, on which the warden reports how the
learner process ended. Nothing secret crosses: no reference, no expected value, no path
to the workspace, the progress store or the solutions, and no token (the environment is
made anew).

The **warden** becomes a subreaper, moves into fresh namespaces when the kernel allows,
forks the learner process, watches the whole tree's memory and the wall clock, and kills
every descendant when the check ends, fails, or the judge goes away (it closes ``status``).
The **learner process** promises to die with the warden, then confines itself
(:mod:`gradiente.course.confine`) before it reads a line of learner code.

Cold: ``python -m gradiente.course.sandbox CONN_FD STATUS_FD SETTINGS_JSON`` is the warden.
Warm: :mod:`gradiente.course.forkserver` forks one warden per check from a pre-imported process.
"""

from __future__ import annotations

import io
import math
import os
import select
import signal
import socket
import sys
import time
import traceback
import types
from pathlib import Path
from typing import Any, Callable

from gradiente.course import confine, wire

OUTPUT_CAP = 20_000  # characters of printed output kept for feedback
EXTRA_PROCESSES = 32  # the learner's code may fork this many processes, no more
_POLL = 0.02  # seconds between the warden's looks at its child


class TimeLimitExceeded(BaseException):
    """Raised inside the learner's code by the soft alarm (a BaseException, so `except Exception` can't swallow it)."""


class CappedOutput(io.TextIOBase):
    """A stdout that keeps the first characters and only counts the rest, so printing never blocks."""

    def __init__(self, cap: int = OUTPUT_CAP):
        self.cap = cap
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        self.total += len(text)
        if self.kept < self.cap:
            piece = text[: self.cap - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)
        return len(text)

    def take(self) -> str:
        """What was printed since the last call (the total keeps counting)."""
        text, self.parts = "".join(self.parts), []
        return text


# --- the warden -------------------------------------------------------------------------


def warden(conn: socket.socket, status: socket.socket) -> None:
    """Wait for the check's settings on ``status``, run its learner process to its end, report, exit."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    try:
        settings = wire.receive(status)["settings"]
    except (EOFError, OSError, KeyError, TypeError, wire.WireError):
        os._exit(0)  # the judge left before the check began
    applied = confine.Applied()
    applied.add("subreaper", confine.become_subreaper(), "not Linux")
    if settings.get("namespaces", True):
        confine.enter_namespaces(applied)
    else:
        applied.add("namespaces", False, "turned off")
    hidden = [*settings["hidden"], *(os.path.join(entry, "gradiente", "_course") for entry in sys.path if entry)]
    settings = dict(settings, hidden=confine.mask(applied, hidden, keep=confine.python_roots()))
    child = os.fork()
    if child == 0:
        status.close()
        try:
            _learner_process(conn, settings, applied)
        finally:
            os._exit(70)
    conn.close()
    ended, killed_for = _watch(child, status, settings)
    try:
        os.killpg(child, signal.SIGKILL)  # its own group (it called setsid): all a non-Linux system lets us find
    except OSError:
        pass
    _kill_descendants()
    report = {"exit": ended, "killed_for": killed_for}
    try:
        wire.send(status, report)
    except OSError:
        pass  # the judge is gone: nobody to tell
    os._exit(0)


def _watch(child: int, status: socket.socket, settings: dict) -> tuple[int | None, str | None]:
    """Wait for the learner process; end it early for time, memory, or a judge that left.

    The time limit runs from the judge's "begin": a sandbox made ahead of its check (a warm
    runner's spare) waits for it without a clock, since its learner process runs no code
    before the judge sends some, which the judge does only after "begin".
    """
    deadline = None
    memory = settings["memory_mb"] * 1024 * 1024
    next_look = 0.0
    while True:
        pid, code = os.waitpid(child, os.WNOHANG)
        if pid:
            return (os.waitstatus_to_exitcode(code), None)
        if select.select([status], [], [], _POLL)[0]:
            if deadline is None and _begun(status):
                deadline = time.monotonic() + settings["hard_timeout"]
                continue
            return (None, "judge")  # the judge closed its end: the check is over, end everything
        now = time.monotonic()
        if deadline is not None and now > deadline:
            return (None, "time")
        if now > next_look:
            next_look = now + 0.1
            if _tree_memory(os.getpid()) > memory:
                return (None, "memory")


def _begun(status: socket.socket) -> bool:
    """Whether what arrived on ``status`` is the judge's "begin" (anything else ends the check)."""
    try:
        return wire.receive(status, time.monotonic() + 1.0).get("begin") is True
    except (EOFError, OSError, TimeoutError, AttributeError, wire.WireError):
        return False


def _descendants(root: int) -> list[int]:
    """Every process below ``root``, from each process's parent in /proc (no cgroup needed)."""
    if not confine.LINUX:
        return []
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_bytes()
                parent = int(stat[stat.rindex(b")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, frontier = [], [root]
    while frontier:
        for child in children.get(frontier.pop(), []):
            found.append(child)
            frontier.append(child)
    return found


def _tree_memory(root: int) -> int:
    """Resident bytes of every process under ``root`` (the whole check, not one process)."""
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    for pid in _descendants(root):
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            pass
    return total


def _kill_descendants() -> None:
    """SIGKILL every process below the warden until none is left (orphans come back to us as subreaper)."""
    for _ in range(200):
        pids = _descendants(os.getpid())
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                pid = 0
            if pid == 0:
                break
        if not pids:
            return
        time.sleep(0.002)


# --- the learner process -----------------------------------------------------------------


def _learner_process(conn: socket.socket, settings: dict, applied: confine.Applied) -> None:
    confine.die_with_parent()
    os.setsid()  # its own group: the fallback kill reaches everything it starts
    confine.set_limits(
        applied, memory_mb=settings["memory_mb"], cpu_seconds=settings["cpu_seconds"], processes=EXTRA_PROCESSES
    )
    # What the mounts could not cover, Landlock leaves out (slower: it allows each sibling).
    confine.apply_landlock(applied, readable=confine.readable_paths(settings["hidden"]), writable=[settings["scratch"]])
    confine.apply_seccomp(applied)
    serve(conn, applied)


def serve(conn: socket.socket, applied: confine.Applied) -> None:
    """Answer the judge: load the code, then call the function on each case it sends."""
    output = CappedOutput()
    sys.stdout = sys.stderr = output
    sys.stdin = io.StringIO("")
    session = _Session()
    wire.send(conn, {"ready": applied.as_dict()})
    while True:
        try:
            message = wire.receive(conn)
        except (EOFError, OSError, wire.WireError):
            os._exit(0)
        op = message.get("op")
        if op == "load":
            reply = session.load(message)
        elif op == "call":
            reply = session.call(message)
        else:
            os._exit(0)
        reply["output"] = output.take()
        reply["output_total"] = output.total
        try:
            wire.send(conn, reply)
        except wire.WireError:
            wire.send(
                conn,
                {
                    "raised": {"kind": "too_big", "type": "", "message": "", "frames": []},
                    "output": "",
                    "output_total": output.total,
                },
            )


class _Session:
    def __init__(self):
        self.function: Callable | None = None
        self.inputs: dict[str, Any] = {}
        self.filename = "exercise.py"

    def load(self, message: dict) -> dict:
        self.filename = message["filename"]
        signal.signal(signal.SIGALRM, _interrupt)
        signal.setitimer(signal.ITIMER_REAL, float(message["timeout"]))
        try:
            self.inputs = _input_namespace(message.get("inputs", {}))
            module = types.ModuleType("exercise")
            module.__file__ = self.filename
            code = compile(message["source"], self.filename, "exec")
            exec(code, module.__dict__)
        except BaseException as error:  # noqa: BLE001 - every failure of learner code is reported
            return {"raised": self._describe(error)}
        function = module.__dict__.get(message["function"])
        if not callable(function):
            return {"missing": True}
        self.function = function
        return {"loaded": True}

    def call(self, message: dict) -> dict:
        try:
            args = wire.decode(message["args"], functions=self.inputs)
            kwargs = wire.decode(message["kwargs"], functions=self.inputs)
            value = self.function(*args, **kwargs)
            return {"value": wire.encode(value)}
        except BaseException as error:  # noqa: BLE001
            return {"raised": self._describe(error)}

    def _describe(self, error: BaseException) -> dict:
        kinds = (
            (TimeLimitExceeded, "timeout"),
            (NotImplementedError, "todo"),
            (SystemExit, "exit"),
            (MemoryError, "memory"),
            (RecursionError, "recursion"),
            (EOFError, "input"),
        )
        kind = next((name for cls, name in kinds if isinstance(error, cls)), "exception")
        frames = [
            [frame.lineno, frame.name[:100]]
            for frame in traceback.extract_tb(error.__traceback__)
            if frame.filename == self.filename
        ]
        try:
            text = str(error)[:2000]
        except BaseException:  # noqa: BLE001 - a learner's exception may fail to print
            text = ""
        # Its class and bases by name, for a check that asks for an error (Case(raises=...)): the judge decides.
        try:
            names = [str(cls.__name__)[:100] for cls in type(error).__mro__[:-1]][:40]
        except BaseException:  # noqa: BLE001 - a class built to break this is just its own name
            names = [type(error).__name__[:100]]
        return {
            "kind": kind,
            "type": type(error).__name__[:100],
            "names": names,
            "message": text,
            "frames": frames[-5:],
        }


def _interrupt(signum, frame):
    raise TimeLimitExceeded


def _input_namespace(inputs: dict) -> dict[str, Any]:
    """The check's input functions (their source, from the judge), with NumPy and math at hand."""
    import numpy as np

    namespace: dict[str, Any] = {"np": np, "numpy": np, "math": math, "__name__": "check_inputs"}
    for name, data in inputs.get("data", {}).items():
        namespace[name] = wire.decode(data)
    for module_name, alias in inputs.get("modules", {}).items():
        if module_name in ("numpy", "math"):
            namespace[alias] = np if module_name == "numpy" else math
    exec(compile(inputs.get("source", ""), "<check inputs>", "exec"), namespace)
    return namespace


def main(argv: list[str]) -> None:
    warden(socket.socket(fileno=int(argv[0])), socket.socket(fileno=int(argv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
