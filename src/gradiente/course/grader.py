"""Grade a learner's exercise: the trusted judge here, the learner's code in a sandbox.

The judge (:mod:`gradiente.course.judge`) runs in this process and holds everything that
decides the verdict; the learner's code runs in a confined process
(:mod:`gradiente.course.sandbox`) that only ever sees the code and each case's inputs. A
check starts its sandbox cold (a fresh interpreter) or, when a :class:`WarmRunner` is in
use (the hub, ``gradiente watch``), forks it from a pre-imported process.

>>> result = grade(course.exercise("numerical_derivative"), workspace_file)  # doctest: +SKIP
>>> result.status, result.message.get("en")                                   # doctest: +SKIP
('pass', 'Correct! Your function passed all 4 checks.')
"""

from __future__ import annotations

import atexit
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from gradiente.course.i18n import T
from gradiente.course.manifest import Exercise
from gradiente.course.paths import course_root
from gradiente.course.result import ERROR, FAIL, GradeResult

DEFAULT_TIMEOUT = 10.0  # seconds of wall-clock time
DEFAULT_MEMORY_MB = 1024
_GRACE = 3.0  # seconds past the soft limit before the warden ends everything
_TAIL = 4000  # characters of low-level output kept when the process dies
_ENDING_WAIT = 5.0  # seconds to wait for the warden's report once the learner's process is gone
SPARE_DELAY = 0.3  # seconds after a warm check before the next one's sandbox is made


def grade(
    exercise: Exercise,
    learner_file: Path,
    *,
    code: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    hidden: list[Path] | None = None,
    sandbox: _Sandbox | None = None,
) -> GradeResult:
    """Run ``exercise``'s checks on the function in ``learner_file`` and return the outcome.

    ``code``, when given, is what is graded (a snapshot: the text a tab submitted), and
    ``learner_file`` only names it in feedback; otherwise the file is read once, here.
    ``hidden`` adds folders the learner's process must not read to the course's solutions
    and checks and the learner's workspace, which it never can. ``sandbox`` is one made
    earlier by :func:`prestart` (it boots while the caller does other work).
    """
    learner_file = Path(learner_file).resolve()
    runner = _runner()
    sandbox = sandbox or _take_prestarted()
    settings = _settings(exercise, learner_file, timeout, memory_mb, hidden or [])
    if sandbox is None:
        sandbox = runner.start(settings) if runner else ColdSandbox()
    try:
        return _grade(exercise, learner_file, code, settings, sandbox)
    finally:
        sandbox.close()
        if runner is not None:
            runner.make_spare(settings)


def prestart() -> _Sandbox:
    """A sandbox for the next check, starting now: warm if a runner is in use, else a fresh interpreter."""
    runner = _runner()
    return runner.start() if runner else ColdSandbox()


def _runner() -> WarmRunner | None:
    return WarmRunner.current() or (WarmRunner.use() if os.environ.get("GRADIENTE_WARM_CHECKS") == "1" else None)


_prestarted: list[_Sandbox] = []


def prestart_next() -> None:
    """Start the sandbox of this process's next check now (the CLI does, before it parses its arguments)."""
    if not _prestarted:
        _prestarted.append(prestart())
        atexit.register(_close_prestarted)


def _take_prestarted() -> _Sandbox | None:
    return _prestarted.pop() if _prestarted else None


def _close_prestarted() -> None:
    while _prestarted:
        _prestarted.pop().close()


def _grade(exercise: Exercise, learner_file: Path, code: str | None, settings: dict, sandbox: _Sandbox) -> GradeResult:
    if code is None:
        try:
            code = learner_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return GradeResult(
                exercise.id,
                FAIL,
                T(
                    es=f"No existe el archivo {learner_file}. Recupéralo con `gradiente reset {exercise.id}`.",
                    en=f"The file {learner_file} does not exist. Get it back with `gradiente reset {exercise.id}`.",
                ),
                reason="missing_file",
            )
        except (OSError, UnicodeDecodeError) as error:
            return GradeResult(
                exercise.id,
                ERROR,
                T(
                    es=f"No pudimos leer {learner_file}: {error}. Guárdalo como texto UTF-8.",
                    en=f"We could not read {learner_file}: {error}. Save it as UTF-8 text.",
                ),
                reason="unreadable",
            )
    start = time.perf_counter()
    if (problem := _syntax_error(exercise, code, str(learner_file))) is not None:
        return problem
    sandbox.configure(settings)  # a spare made for these settings has them already
    from gradiente.course import judge  # NumPy and the reference load while the sandbox boots

    timeout, memory_mb = settings["timeout"], settings["memory_mb"]
    try:
        trusted = judge.Trusted(exercise)
        result = judge.run(trusted, code, str(learner_file), sandbox, timeout=timeout, memory_mb=memory_mb)
    except Exception as error:  # noqa: BLE001 - our own failure must still be an answer
        result = judge.unexpected(exercise.id, error)
    result["duration"] = time.perf_counter() - start
    return GradeResult.from_dict(result)


def _syntax_error(exercise: Exercise, code: str, filename: str) -> GradeResult | None:
    """Compiling is not running: a syntax error is found here, before any learner code runs."""
    try:
        compile(code, filename, "exec")
    except SyntaxError as error:
        pointer = f"{(error.text or '').rstrip()}\n{' ' * max((error.offset or 1) - 1, 0)}^"
        return GradeResult(
            exercise.id,
            ERROR,
            T(
                es=f"Error de sintaxis en la línea {error.lineno}: {error.msg}. Python no pudo leer tu archivo.",
                en=f"Syntax error on line {error.lineno}: {error.msg}. Python could not read your file.",
            ),
            reason="syntax",
            details=pointer,
        )
    except ValueError as error:  # a NUL byte in the source
        return GradeResult(
            exercise.id,
            ERROR,
            T(es=f"Python no pudo leer tu archivo: {error}.", en=f"Python could not read your file: {error}."),
            reason="syntax",
        )
    return None


def _settings(exercise: Exercise, learner_file: Path, timeout: float, memory_mb: int, hidden: list[Path]) -> dict:
    root = course_root()
    secret = [
        root / "solutions",
        root / "checks",
        root / "exercises",
        root / "lessons",
        root / "course.toml",
        exercise.solution_path.parent,
        exercise.check_path.parent,
        learner_file.parent,
    ]
    # The learner's workspace, progress store included, wherever the file sits inside it.
    secret += [folder for folder in learner_file.parents if (folder / ".gradiente").is_dir()][:1]
    # The progress backups (a copy forged there and later restored would be a forged pass),
    # Gradiente's own data folder, where the default workspace lives, and its cache folder (the hub
    # shows the lessons' first renders from there: a page written there would run in the hub's origin).
    from platformdirs import user_data_dir

    from gradiente.course.paths import cache_dir
    from gradiente.course.progress import backup_root

    secret += [backup_root(), Path(user_data_dir("gradiente", appauthor=False)), cache_dir()]
    return {
        "timeout": timeout,
        "memory_mb": memory_mb,
        "cpu_seconds": int(timeout) + 2,
        "hard_timeout": timeout + _GRACE + 15.0,  # the judge stops first; this only catches a judge that hangs
        "hidden": [str(path) for path in [*secret, *hidden]],
        "namespaces": os.environ.get("GRADIENTE_SANDBOX_NAMESPACES", "1") != "0",
    }


def sandbox_environment(scratch: str | None = None) -> dict[str, str]:
    """A fresh environment for learner code: nothing of the learner's own (no token, no paths)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONNOUSERSITE": "1",
        # One BLAS thread: the memory limit then covers the learner's arrays, not idle thread buffers.
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    if scratch:
        env.update(HOME=scratch, TMPDIR=scratch)
    for name in ("PYTHONPATH", "SYSTEMROOT"):  # where Python itself finds its packages
        if name in os.environ:
            env[name] = os.environ[name]
    return env


# Every check's scratch folder still there, so a process that ends before closing its sandboxes
# (a spare being made as it quits, or os._exit, which runs no atexit) can still remove them.
_scratch_lock = threading.Lock()
_scratch_folders: set[Path] = set()


def _new_scratch() -> Path:
    with _scratch_lock:
        folder = Path(tempfile.mkdtemp(prefix="gradiente-check-"))
        _scratch_folders.add(folder)
    return folder


def remove_scratch_folders() -> None:
    """Remove every check's scratch folder still there, and let no sandbox start after: for a
    process on its way out (at exit, or just before os._exit)."""
    _scratch_lock.acquire()  # for good: a sandbox being made now is registered first, none after
    for folder in list(_scratch_folders):
        shutil.rmtree(folder, ignore_errors=True)
    _scratch_folders.clear()


atexit.register(remove_scratch_folders)


class _Sandbox:
    """The judge's handle on one sandbox: the conversation socket, the warden's report, the output file.

    It is launched first and told the check's settings later (:meth:`configure`, on the
    ``status`` socket), so the interpreter boots while the judge gets ready.
    """

    def __init__(self):
        # The learner process's only writable folder, removed in close() even if it was tampered with.
        self.scratch = _new_scratch()
        self.conn, learner_end = socket.socketpair()
        self.status, warden_end = socket.socketpair()
        self._ending: dict | None = None
        self._closed = False
        self.settings: dict | None = None  # the check's, once sent
        self.output_path = self.scratch / "output.txt"
        try:
            self._launch(learner_end, warden_end)
        except BaseException:
            self.close()
            raise
        finally:
            learner_end.close()
            warden_end.close()

    def _launch(self, learner_end: socket.socket, warden_end: socket.socket) -> None:  # pragma: no cover
        raise NotImplementedError

    def configure(self, settings: dict, *, begin: bool = True) -> None:
        """Tell the warden the check's settings (it then confines the learner's process by them)
        and, unless ``begin`` is False (a spare, made ahead), that the check begins: its time runs
        from then. Settings already sent are not sent again."""
        from gradiente.course import wire

        try:
            if self.settings is None:
                self.settings = settings
                wire.send(self.status, {"settings": dict(settings, scratch=str(self.scratch))})
            if begin:
                wire.send(self.status, {"begin": True})
        except OSError:
            pass  # the warden is gone: the judge finds out at once, and says so

    def alive(self) -> bool:
        """Whether the learner's process is still there to talk to (it may still be starting).

        The warden says nothing on ``status`` until the process it watches has ended, and its
        own end closes it: so anything to read there, even the end of the stream, means no.
        """
        try:
            return not select.select([self.status], [], [], 0)[0]
        except (OSError, ValueError):
            return False

    def ending(self) -> dict:
        """How the learner's process ended, as its warden saw it (empty if the warden said nothing)."""
        if self._ending is None:
            from gradiente.course import wire

            try:
                self._ending = wire.receive(self.status, time.monotonic() + _ENDING_WAIT)
            except (TimeoutError, EOFError, OSError, wire.WireError):
                self._ending = {}
        return self._ending

    def low_level_output(self) -> str:
        """The tail of what the process wrote below Python (a C library's complaint, a crash)."""
        try:
            with open(self.output_path, "rb") as output:
                output.seek(0, os.SEEK_END)
                output.seek(max(0, output.tell() - _TAIL))
                return output.read().decode("utf-8", errors="replace")
        except OSError:
            return ""

    def close(self) -> None:
        """End the check: closing ``status`` tells the warden to kill everything the learner started."""
        if self._closed:
            return
        self._closed = True
        self.conn.close()
        self.status.close()
        self._reap()
        shutil.rmtree(self.scratch, ignore_errors=True)
        _scratch_folders.discard(self.scratch)

    def _reap(self) -> None:
        pass


class ColdSandbox(_Sandbox):
    """A fresh interpreter as the warden (``gradiente check``): no process is kept between checks."""

    def _launch(self, learner_end: socket.socket, warden_end: socket.socket) -> None:
        fds = (learner_end.fileno(), warden_end.fileno())
        with open(self.output_path, "wb") as low_level_output:
            self.process = subprocess.Popen(
                [sys.executable, "-P", "-m", "gradiente.course.sandbox", str(fds[0]), str(fds[1])],
                cwd=self.scratch,
                env=sandbox_environment(str(self.scratch)),
                stdin=subprocess.DEVNULL,
                stdout=low_level_output,
                stderr=subprocess.STDOUT,
                pass_fds=fds,
                start_new_session=True,
            )

    def _reap(self) -> None:
        try:
            self.process.wait(timeout=_ENDING_WAIT)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the warden's group, should it still be there
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait()


class WarmRunner:
    """A pre-imported process that forks one warden per check (see :mod:`gradiente.course.forkserver`).

    ``WarmRunner.use()`` makes every later :func:`grade` in this process go through it.
    """

    _current: WarmRunner | None = None

    @classmethod
    def current(cls) -> WarmRunner | None:
        return cls._current

    @classmethod
    def use(cls) -> WarmRunner:
        if cls._current is None:
            cls._current = cls()
        return cls._current

    def __init__(self):
        from gradiente.course.forkserver import ForkServerClient

        self.client = ForkServerClient(sandbox_environment())
        self._spare: _Sandbox | None = None
        self._spare_lock = threading.Lock()
        self._spare_wanted = 0  # how many spares were asked for: only the latest request makes one
        atexit.register(self.drop_spare)  # its scratch folder goes too

    def start(self, settings: dict | None = None) -> _Sandbox:
        """A sandbox for a check with ``settings``: the spare made for exactly these, if it is still
        alive, else a new one."""
        with self._spare_lock:
            spare, self._spare = self._spare, None
            self._spare_wanted += 1  # a spare being made now is for a check already served
        if spare is not None:
            if settings is not None and spare.settings == settings and spare.alive():
                return spare
            spare.close()
        return _WarmSandbox(self.client)

    def make_spare(self, settings: dict, delay: float = SPARE_DELAY) -> None:
        """Make the next check's sandbox ahead, in the background, ``delay`` seconds from now.

        Booting and confining a learner's process (two forks, namespaces, mounts, Landlock,
        seccomp) is most of a warm check's time; a spare does it before the check is asked
        for. Its learner process holds nothing and runs no code until a check gives it some;
        it is made for one exercise's settings and used only for the same ones. The delay
        leaves the CPU to whatever shows the verdict just given.
        """
        with self._spare_lock:
            self._spare_wanted += 1
            wanted = self._spare_wanted

        def make() -> None:
            time.sleep(delay)
            with self._spare_lock:
                if wanted != self._spare_wanted:
                    return  # a check came, or another spare was asked for, meanwhile
                waiting = self._spare
            if waiting is not None and waiting.settings == settings and waiting.alive():
                return  # the one there will do
            try:
                spare = _WarmSandbox(self.client)
            except (OSError, RuntimeError):
                return  # the next check starts its own, and reports any trouble
            spare.configure(settings, begin=False)
            with self._spare_lock:
                if wanted == self._spare_wanted:
                    spare, self._spare = self._spare, spare  # the one it replaces, if any, goes
            if spare is not None:
                spare.close()

        threading.Thread(target=make, daemon=True, name="spare-sandbox").start()

    def drop_spare(self) -> None:
        with self._spare_lock:
            spare, self._spare = self._spare, None
            self._spare_wanted += 1
        if spare is not None:
            spare.close()

    def start_now(self) -> WarmRunner:
        """Start the pre-imported process now, so the first check does not wait for it."""
        self.client.ensure_started()
        return self

    def stop(self) -> None:
        self.drop_spare()
        self.client.stop()
        if WarmRunner._current is self:
            WarmRunner._current = None


class _WarmSandbox(_Sandbox):
    def __init__(self, client):
        self.client = client
        super().__init__()

    def _launch(self, learner_end: socket.socket, warden_end: socket.socket) -> None:
        self.pid = self.client.fork_warden(self.scratch, learner_end, warden_end, self.output_path)  # the warden
