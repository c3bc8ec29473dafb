"""A learner's workspace: their copies of the exercise stubs plus the progress database.

The CLI, ``gradiente watch`` and the hub all act through a :class:`Workspace`, so a check
made anywhere is graded and recorded the same way.

    my-course/
      exercises/calculus/gradient.py   the learner's file (starts as the stub)
      .gradiente/progress.db           attempts, passes, hints, visits (SQLite, WAL)
      .gradiente/backups/              earlier versions kept by `gradiente reset`
      .gradiente/outbox.db             what a class's database has not received yet (only in a class)

The progress database also has rolling copies outside the workspace, in the learner's
user data folder (see :mod:`gradiente.course.progress`): if ``.gradiente/`` is deleted,
the workspace is still found (by its ``exercises/`` folder and those copies) and its
progress comes back, with a notice (``workspace.store.take_notice()``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from gradiente.course import classdb
from gradiente.course.grader import DEFAULT_TIMEOUT, grade
from gradiente.course.i18n import T
from gradiente.course.manifest import Course, Exercise, Lesson, Module, load_course
from gradiente.course.outbox import Outbox
from gradiente.course.progress import ExerciseProgress, ProgressStore, has_backups
from gradiente.course.result import GradeResult

MARKER = ".gradiente"


class WorkspaceError(RuntimeError):
    """A workspace operation cannot be done; ``message`` says why and what to do, in both languages."""

    def __init__(self, message: T):
        self.message = message
        super().__init__(message.en)


@dataclass(frozen=True)
class DayPlan:
    """Where a learner stands in a daily track (the seven days): nothing is ever locked.

    ``today`` is the first day not yet done; ``done_today`` the day finished today, if any (the
    guide's rhythm is one a day, so the map then suggests coming back tomorrow for ``today``).
    """

    module: Module
    today: Lesson | None
    done_today: Lesson | None

    def advice(self) -> T:
        """What the map and ``gradiente progress`` say about the track, in both languages."""
        if self.today is None:
            return T(
                es=f"Terminaste los {len(self.module.lessons)} días. ¡Bien hecho!",
                en=f"You finished all {len(self.module.lessons)} days. Well done!",
            )
        today = f"{self.today.number} · {self.today.title.es}", f"{self.today.number} · {self.today.title.en}"
        if self.done_today is not None:
            return T(
                es=f"Hoy ya hiciste el {self.done_today.number}. La guía sugiere un día por jornada: mañana te "
                f"espera el {today[0]} (o ábrelo ahora, si prefieres; nada está bloqueado).",
                en=f"You did {self.done_today.number} today. The guide suggests one day at a time: tomorrow "
                f"{today[1]} is waiting (or open it now if you like; nothing is locked).",
            )
        return T(es=f"Hoy te toca: {today[0]}", en=f"Today's day: {today[1]}")


@dataclass(frozen=True)
class HintShown:
    index: int  # 0-based
    total: int
    text: T


class Workspace:
    def __init__(self, root: Path, course: Course | None = None):
        self.root = Path(root).resolve()
        self.course = course or load_course()
        self.store = ProgressStore(self.root / MARKER / "progress.db")
        url = classdb.class_url()
        # In a class, every attempt, hint and visit is also owed to the class's database.
        self.outbox = Outbox(self.root / MARKER / "outbox.db", url) if url else None

    # --- finding and creating ------------------------------------------------------------

    @classmethod
    def create(cls, root: Path, course: Course | None = None) -> Workspace:
        """Make ``root`` a workspace (idempotent: existing learner files are never overwritten)."""
        root = Path(root)
        root.mkdir(parents=True, exist_ok=True)
        (root / MARKER).mkdir(exist_ok=True)
        workspace = cls(root, course)
        workspace.add_missing_exercises()
        return workspace

    @classmethod
    def find(cls, start: Path | None = None, course: Course | None = None) -> Workspace:
        """The workspace in use: $GRADIENTE_WORKSPACE, else the nearest folder up from ``start`` holding
        ``.gradiente/``, else the learner's default one (created on first use)."""
        if explicit := os.environ.get("GRADIENTE_WORKSPACE"):
            return cls.create(Path(explicit), course)
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / MARKER).is_dir():
                return cls.create(folder, course)
        for folder in (here, *here.parents):  # .gradiente/ deleted by hand: its backups still name it
            if (folder / "exercises").is_dir() and has_backups(folder / MARKER / "progress.db"):
                return cls.create(folder, course)
        return cls.create(default_root(), course)

    def add_missing_exercises(self) -> list[Exercise]:
        """Copy the stub of every exercise the workspace lacks (new lessons arrive this way)."""
        added = []
        for exercise in self.course.exercises:
            target = self.exercise_file(exercise)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(exercise.stub_path, target)
                added.append(exercise)
        return added

    # --- the learner loop ----------------------------------------------------------------

    def exercise_file(self, exercise: Exercise | str) -> Path:
        exercise = self._exercise(exercise)
        return self.root / "exercises" / exercise.path

    def exercise_for_file(self, path: Path) -> Exercise | None:
        path = Path(path).resolve()
        return next((ex for ex in self.course.exercises if self.exercise_file(ex) == path), None)

    def check(
        self, exercise: Exercise | str, *, code: str | None = None, source: str = "cli", timeout: float | None = None
    ) -> GradeResult:
        """Grade ``exercise`` and record the attempt: ``code`` when given, else the learner's file.

        Pass ``code`` to grade exactly the text a tab submitted: another tab saving the same
        file a moment later cannot change this verdict. The time limit is ``timeout``, else
        $GRADIENTE_CHECK_TIMEOUT, else 10 s.
        """
        exercise = self._exercise(exercise)
        timeout = timeout or float(os.environ.get("GRADIENTE_CHECK_TIMEOUT", DEFAULT_TIMEOUT))
        learner_file = self.exercise_file(exercise)
        if code is None and self.outbox is not None and learner_file.exists():
            code = learner_file.read_text(encoding="utf-8")  # what is graded is what the class receives
        result = grade(exercise, learner_file, code=code, timeout=timeout)
        self.store.record_attempt(
            exercise.id, result.status, reason=result.reason, source=source, duration=result.duration
        )
        self._owe_class("attempt", exercise.id, result.status, result.reason, source, code or "")
        return result

    def record_visit(self, lesson_id: str) -> None:
        self.store.record_visit(lesson_id)
        self._owe_class("visit", lesson_id)

    def _owe_class(self, kind: str, *row) -> None:
        """In a class: queue the row for the class's database, and send it in the background."""
        if self.outbox is not None:
            getattr(self.outbox, kind)(*row)
            self.outbox.send_soon()

    def save_code(self, exercise: Exercise | str, code: str) -> Path:
        """Write code typed in the browser to the learner's file, atomically.

        A reader (the grader, an editor, ``gradiente watch``) sees the old version or the new
        one, never half a file, however many tabs and processes save at once: each save
        writes its own temporary file (a unique name in the same folder), flushes it to disk,
        then renames it over the target in one step.
        """
        target = self.exercise_file(exercise)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(code)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, _file_mode(target))  # mkstemp makes 0600 files; keep the learner's mode
            os.replace(temporary, target)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        return target

    def read_code(self, exercise: Exercise | str) -> str:
        target = self.exercise_file(exercise)
        return (
            target.read_text(encoding="utf-8")
            if target.exists()
            else self._exercise(exercise).stub_path.read_text(encoding="utf-8")
        )

    def next_hint(self, exercise: Exercise | str) -> HintShown:
        """Reveal the next hint (or repeat the last one once all are shown) and record it."""
        exercise = self._exercise(exercise)
        index = min(self.store.hints_shown(exercise.id), len(exercise.hints) - 1)
        self.store.record_hint(exercise.id, index)
        self._owe_class("hint", exercise.id, index)
        return HintShown(index, len(exercise.hints), exercise.hints[index])

    def hints_so_far(self, exercise: Exercise | str) -> list[T]:
        exercise = self._exercise(exercise)
        return list(exercise.hints[: self.store.hints_shown(exercise.id)])

    def solution(self, exercise: Exercise | str) -> str:
        """The reference solution, only once the learner has passed the exercise."""
        exercise = self._exercise(exercise)
        if not self.store.exercise(exercise.id).passed:
            raise WorkspaceError(
                T(
                    es=f"La solución de «{exercise.id}» se muestra después de que lo apruebes: "
                    f"pide una pista con `gradiente hint {exercise.id}`.",
                    en=f"The solution to '{exercise.id}' is shown after you pass it: "
                    f"ask for a hint with `gradiente hint {exercise.id}`.",
                )
            )
        return exercise.solution_path.read_text(encoding="utf-8")

    def reset(self, exercise: Exercise | str) -> Path | None:
        """Put the stub back; the learner's current file is kept in .gradiente/backups/. Returns the backup."""
        exercise = self._exercise(exercise)
        target = self.exercise_file(exercise)
        backup = None
        if target.exists():
            backups = self.root / MARKER / "backups"
            backups.mkdir(parents=True, exist_ok=True)
            backup = backups / f"{target.stem}.{time.strftime('%Y%m%d-%H%M%S')}.{time.time_ns() % 10**9}.py"
            shutil.copyfile(target, backup)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(exercise.stub_path, target)
        self.store.forget_exercise(exercise.id)
        return backup

    # --- progress ------------------------------------------------------------------------

    def progress(self) -> dict[str, ExerciseProgress]:
        """Every course exercise's progress, in course order, the untried ones included."""
        recorded = self.store.all_exercises()
        return {
            ex.id: recorded.get(ex.id) or ExerciseProgress(ex.id, 0, False, 0, None, None)
            for ex in self.course.exercises
        }

    def lesson_progress(self, lesson: Lesson, progress: dict[str, ExerciseProgress] | None = None) -> tuple[int, int]:
        """Exercises passed and exercises in ``lesson``; pass ``progress`` to reuse one read of the store."""
        progress = self.progress() if progress is None else progress
        return sum(progress[ex.id].passed for ex in lesson.exercises), len(lesson.exercises)

    def next_exercise(self) -> Exercise | None:
        """The first exercise, in course order, not yet passed."""
        progress = self.progress()
        return next((ex for ex in self.course.exercises if not progress[ex.id].passed), None)

    def continue_lesson(self) -> Lesson | None:
        """Where to continue: the last lesson visited if unfinished, else the one holding the next exercise."""
        last = self.store.last_visited_lesson()
        if last and last in {lesson.id for lesson in self.course.lessons}:
            lesson = self.course.lesson(last)
            passed, total = self.lesson_progress(lesson)
            if passed < total:
                return lesson
        upcoming = self.next_exercise()
        return self.course.lesson(upcoming.lesson_id) if upcoming else None

    def day_plan(self, module: Module, now: float | None = None) -> DayPlan:
        """The daily track's suggestion: the first day not done, and whether a day was finished today."""
        progress = self.progress()  # read once: every day's exercises come from it
        done = [
            lesson
            for lesson in module.lessons
            if lesson.exercises and all(progress[ex.id].passed for ex in lesson.exercises)
        ]
        today = next((lesson for lesson in module.lessons if lesson not in done), None)
        local_day = time.localtime(now if now is not None else time.time())[:3]
        finished_today = None
        for lesson in done:
            passes = [
                attempt["created_at"]
                for exercise in lesson.exercises
                for attempt in self.store.attempts(exercise.id)
                if attempt["status"] == "pass"
            ]
            if passes and time.localtime(min(passes))[:3] == local_day:  # finished = first passed
                finished_today = lesson
        return DayPlan(module, today, finished_today)

    def _exercise(self, exercise: Exercise | str) -> Exercise:
        return exercise if isinstance(exercise, Exercise) else self.course.exercise(exercise)


def _file_mode(target: Path) -> int:
    """The mode a saved file keeps: the existing file's, else what the umask gives a new file."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def _read_umask() -> int:
    mask = os.umask(0)  # the only portable way to read it is to set it, once, at import
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def default_root() -> Path:
    """The learner's own workspace when none is chosen: a folder in their user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("gradiente", appauthor=False)) / "workspace"
